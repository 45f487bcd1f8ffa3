package org.roundtable.vote.query;

import org.roundtable.vote.Choice;

/** A counted ballot as published after the close: its receipt and its choice, never its voter. */
public record ReceiptView(String receipt, Choice choice) {
}

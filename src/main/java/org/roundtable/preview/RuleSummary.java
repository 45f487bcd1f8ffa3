package org.roundtable.preview;

/** A rule in plain words, generated from its parameters so that the words and the numbers agree. */
public record RuleSummary(String zh, String en) {
}

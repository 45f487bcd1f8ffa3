package org.roundtable.round.query;

import java.time.Instant;

/** One event of a round: its place in the round's history, its short type name and when it was recorded. */
public record TimelineEntryView(long sequence, String type, Instant at) {
}

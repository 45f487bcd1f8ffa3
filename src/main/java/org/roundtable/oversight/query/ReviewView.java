package org.roundtable.oversight.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import org.roundtable.oversight.Figure;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewId;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;

/**
 * One review (cycle) of a rule version: when it is due, the period and figures the platform
 * submitted, and the worker side's evaluation. {@code figures} is empty until submitted.
 */
public record ReviewView(ReviewId id, RuleId ruleId, int version, int cycle, PlatformId platformId, LocalDate dueBy,
                         String period, SortedMap<String, Figure> figures, Instant submittedAt, boolean late,
                         boolean overdue, ReviewDecision decision, String reasons, RoundId requestedRoundId) {
}

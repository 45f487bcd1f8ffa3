package org.roundtable.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;

/** Facts about the periodic review of adopted rule versions. */
public sealed interface ReviewEvents {

    ReviewId reviewId();

    /** A fact that the platform owes the results of review number {@code cycle} of a rule version by {@code dueBy}. */
    record ReviewScheduled(ReviewId reviewId, RuleId ruleId, int version, PlatformId platformId, int cycle,
                           LocalDate dueBy) implements ReviewEvents {
    }

    /** A fact that the platform submitted the figures of one review period. */
    record ReviewResultsSubmitted(ReviewId reviewId, int cycle, String period, SortedMap<String, Figure> figures,
                                  PersonId submittedBy, Instant submittedAt, boolean late) implements ReviewEvents {
    }

    /** A fact that the worker side evaluated a period's results: keep the rule, or renegotiate it. */
    record ReviewEvaluated(ReviewId reviewId, RuleId ruleId, int version, int cycle, String period,
                           ReviewDecision decision, String reasons, PlatformId platformId, RoundId requestedRoundId,
                           PersonId evaluatedBy) implements ReviewEvents {
    }

    /** A fact that a review's due date passed before its results were submitted. */
    record ReviewOverdue(ReviewId reviewId, int cycle, LocalDate dueBy) implements ReviewEvents {
    }
}

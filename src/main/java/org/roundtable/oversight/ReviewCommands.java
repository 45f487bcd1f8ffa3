package org.roundtable.oversight;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;

/** Commands of the RuleReview aggregate: the periodic review of one adopted rule version. */
public sealed interface ReviewCommands {

    ReviewId reviewId();

    /** Sent when a rule version is adopted: its first review falls due on {@code firstDueBy}. */
    record ScheduleReviews(@TargetAggregateIdentifier ReviewId reviewId, RuleId ruleId, int version,
                           PlatformId platformId, LocalDate firstDueBy) implements ReviewCommands {
        public ScheduleReviews {
            if (ruleId == null || version < 1 || firstDueBy == null) {
                throw new IllegalArgumentException("a review needs the rule, its version and a first due date");
            }
        }
    }

    /** Platform HR submits the figures of one period, e.g. "2026". */
    record SubmitReviewResults(@TargetAggregateIdentifier ReviewId reviewId, String period,
                               SortedMap<String, Figure> figures, PersonId submittedBy) implements ReviewCommands {
        public SubmitReviewResults {
            if (period == null || !period.strip().matches("[A-Za-z0-9._ -]{1,32}")) {
                throw new IllegalArgumentException("the period must be a label of 1 to 32 letters or digits, e.g. 2026");
            }
            if (figures == null || figures.isEmpty() || figures.size() > 50) {
                throw new IllegalArgumentException("submit between 1 and 50 figures");
            }
            for (Map.Entry<String, Figure> figure : figures.entrySet()) {
                if (figure.getKey() == null || !figure.getKey().matches("[a-z][a-z0-9_]{0,39}")
                        || figure.getValue() == null) {
                    throw new IllegalArgumentException("figure names are lower case words joined by '_', "
                            + "e.g. on_time_rate, each with a value and a unit");
                }
            }
            period = period.strip();
            figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
        }
    }

    /**
     * A worker representative evaluates the latest submitted results. RENEGOTIATE needs reasons and
     * the id of the consultation round that will be requested.
     */
    record RecordReviewEvaluation(@TargetAggregateIdentifier ReviewId reviewId, ReviewDecision decision,
                                  String reasons, PlatformId platformId, RoundId roundToRequest,
                                  PersonId evaluatedBy) implements ReviewCommands {
        public RecordReviewEvaluation {
            if (decision == null || evaluatedBy == null) {
                throw new IllegalArgumentException("a decision (KEEP or RENEGOTIATE) is required");
            }
            if (reasons != null && reasons.length() > 5000) {
                throw new IllegalArgumentException("the reasons may have at most 5000 characters");
            }
            if (decision == ReviewDecision.RENEGOTIATE && (reasons == null || reasons.isBlank())) {
                throw new IllegalArgumentException("give the reasons for asking to negotiate the rule again");
            }
            if (decision == ReviewDecision.RENEGOTIATE && (platformId == null || roundToRequest == null)) {
                throw new IllegalArgumentException("a renegotiation needs the platform and the round to request");
            }
            if (decision == ReviewDecision.KEEP) {
                roundToRequest = null;
            }
        }
    }
}

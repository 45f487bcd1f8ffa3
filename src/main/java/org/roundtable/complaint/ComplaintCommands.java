package org.roundtable.complaint;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/**
 * Commands of the Complaint aggregate. Who acts comes from the authenticated principal; roles and
 * platform scope are checked at the web edge, the complaining worker's identity by the aggregate.
 */
public sealed interface ComplaintCommands {

    int MAX_TEXT = 5000;
    int MAX_REASON = 2000;

    ComplaintId complaintId();

    /** A worker of the platform complains about one algorithmic decision under one rule. */
    record FileComplaint(@TargetAggregateIdentifier ComplaintId complaintId, PlatformId platformId, RuleId ruleId,
                         DecisionKind decisionKind, LocalDate decisionDate, DecisionMaking decisionMaking,
                         String text, PersonId workerId) implements ComplaintCommands {
        public FileComplaint {
            required(platformId, "the platform");
            required(ruleId, "the rule the decision was made under");
            required(decisionKind, "the kind of decision");
            required(decisionDate, "the date of the decision");
            required(decisionMaking, "how the decision was made (or NOT_KNOWN)");
            required(workerId, "the worker");
            text = words(text, "the complaint", MAX_TEXT);
        }
    }

    /** Platform HR answers, explaining the decision and how it was made. */
    record AnswerComplaint(@TargetAggregateIdentifier ComplaintId complaintId, ComplaintOutcome outcome,
                           DecisionMaking decisionMaking, String explanation, PersonId answeredBy)
            implements ComplaintCommands {
        public AnswerComplaint {
            required(outcome, "the outcome (UPHELD or NOT_UPHELD)");
            required(decisionMaking, "how the decision was made (ALGORITHM_ALONE or HUMAN_INVOLVED)");
            if (decisionMaking == DecisionMaking.NOT_KNOWN) {
                throw new IllegalArgumentException("the platform must say how the decision was made:"
                        + " ALGORITHM_ALONE or HUMAN_INVOLVED");
            }
            required(answeredBy, "who answers");
            explanation = words(explanation, "the explanation", MAX_TEXT);
        }
    }

    /** The worker asks that a person review a decision the algorithm made alone. */
    record RequestHumanReview(@TargetAggregateIdentifier ComplaintId complaintId, PersonId requestedBy)
            implements ComplaintCommands {
        public RequestHumanReview {
            required(requestedBy, "who asks");
        }
    }

    /** Platform HR records the result of the human review. */
    record RecordHumanReview(@TargetAggregateIdentifier ComplaintId complaintId, ComplaintOutcome result,
                             String explanation, PersonId reviewedBy) implements ComplaintCommands {
        public RecordHumanReview {
            required(result, "the result (UPHELD or NOT_UPHELD)");
            required(reviewedBy, "the reviewer");
            explanation = words(explanation, "the explanation", MAX_TEXT);
        }
    }

    /** The worker disputes the answer; the complaint goes to the union. */
    record DisputeAnswer(@TargetAggregateIdentifier ComplaintId complaintId, String reason, PersonId disputedBy)
            implements ComplaintCommands {
        public DisputeAnswer {
            required(disputedBy, "who disputes");
            reason = words(reason, "the reason", MAX_REASON);
        }
    }

    /** The union convener records how the union followed up an escalated complaint. */
    record RecordUnionFollowUp(@TargetAggregateIdentifier ComplaintId complaintId, String note,
                               PersonId recordedBy) implements ComplaintCommands {
        public RecordUnionFollowUp {
            required(recordedBy, "who records");
            note = words(note, "the note", MAX_TEXT);
        }
    }

    /** The worker withdraws the complaint; {@code reason} is optional. */
    record WithdrawComplaint(@TargetAggregateIdentifier ComplaintId complaintId, String reason,
                             PersonId withdrawnBy) implements ComplaintCommands {
        public WithdrawComplaint {
            required(withdrawnBy, "who withdraws");
            reason = reason == null || reason.isBlank() ? null : words(reason, "the reason", MAX_REASON);
        }
    }

    private static void required(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private static String words(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required: write at least one character");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(what + " has " + stripped.length() + " characters; at most "
                    + max + " are allowed");
        }
        return stripped;
    }
}

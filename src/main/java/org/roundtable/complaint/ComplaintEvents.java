package org.roundtable.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/**
 * Facts about complaints. People appear only as opaque ids; {@code text} is the worker's own
 * words and may contain personal data, so it is shown only to the worker, HR of the platform,
 * the union and auditors, never in public statistics.
 */
public sealed interface ComplaintEvents {

    ComplaintId complaintId();

    record ComplaintFiled(ComplaintId complaintId, PlatformId platformId, RuleId ruleId, DecisionKind decisionKind,
                          LocalDate decisionDate, DecisionMaking decisionMaking, String text, PersonId workerId,
                          Instant filedAt, Instant answerDueBy) implements ComplaintEvents {
    }

    /** {@code late} when the answer came after {@code answerDueBy}. */
    record ComplaintAnswered(ComplaintId complaintId, ComplaintOutcome outcome, DecisionMaking decisionMaking,
                             String explanation, PersonId answeredBy, Instant answeredAt, boolean late)
            implements ComplaintEvents {
    }

    record HumanReviewRequested(ComplaintId complaintId, PersonId requestedBy, Instant requestedAt)
            implements ComplaintEvents {
    }

    record HumanReviewCompleted(ComplaintId complaintId, ComplaintOutcome result, String explanation,
                                PersonId reviewedBy, Instant reviewedAt) implements ComplaintEvents {
    }

    /** A fact that the platform let the answer period pass without answering. */
    record ComplaintAnswerOverdue(ComplaintId complaintId, Instant answerDueBy) implements ComplaintEvents {
    }

    /** {@code disputeReason} is the worker's reason when {@code reason} is DISPUTED, else null. */
    record ComplaintEscalatedToUnion(ComplaintId complaintId, EscalationReason reason, String disputeReason,
                                     Instant escalatedAt) implements ComplaintEvents {
    }

    record UnionFollowUpRecorded(ComplaintId complaintId, String note, PersonId recordedBy, Instant recordedAt)
            implements ComplaintEvents {
    }

    record ComplaintWithdrawn(ComplaintId complaintId, String reason, PersonId withdrawnBy, Instant withdrawnAt)
            implements ComplaintEvents {
    }
}

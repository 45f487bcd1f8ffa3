package org.roundtable.complaint.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.EscalationReason;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/**
 * One complaint with its whole history, for the worker who filed it, HR of the platform, the union
 * and auditors. Parts that have not happened are null; {@code outcome} is the last word (the human
 * review's result if there is one, else the answer's outcome).
 */
public record ComplaintView(ComplaintId id, PlatformId platformId, RuleId ruleId, DecisionKind decisionKind,
                            LocalDate decisionDate, DecisionMaking decisionMaking, String text, PersonId workerId,
                            Instant filedAt, Instant answerDueBy, ComplaintStatus status, ComplaintOutcome outcome,
                            Answer answer, HumanReview humanReview, Escalation escalation,
                            List<UnionFollowUp> unionFollowUps, Withdrawal withdrawal) {

    public record Answer(ComplaintOutcome outcome, DecisionMaking decisionMaking, String explanation,
                         PersonId answeredBy, Instant answeredAt, boolean late) {
    }

    /** {@code result} and what follows are null while the review is pending. */
    public record HumanReview(Instant requestedAt, ComplaintOutcome result, String explanation, PersonId reviewedBy,
                              Instant reviewedAt) {
    }

    public record Escalation(EscalationReason reason, String disputeReason, Instant escalatedAt) {
    }

    public record UnionFollowUp(String note, PersonId recordedBy, Instant recordedAt) {
    }

    public record Withdrawal(String reason, Instant withdrawnAt) {
    }
}

package org.roundtable.complaint.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.people.PersonId;
import org.roundtable.shared.DomainException;

/**
 * The state of one complaint as far as its rules need it, and those rules. Kept apart from the
 * aggregate's message handling so each reads on its own; only the aggregate's event sourcing
 * handlers change it.
 */
final class ComplaintRules {

    private PersonId worker;
    private Instant answerDueBy;
    private Instant answeredAt;
    private ComplaintOutcome answerOutcome;
    private DecisionMaking decisionMaking;
    private Instant humanReviewRequestedAt;
    private ComplaintOutcome humanReviewResult;
    private Instant escalatedAt;
    private Instant withdrawnAt;

    void filed(PersonId worker, Instant answerDueBy) {
        this.worker = worker;
        this.answerDueBy = answerDueBy;
    }

    void answered(ComplaintOutcome outcome, DecisionMaking decisionMaking, Instant at) {
        this.answerOutcome = outcome;
        this.decisionMaking = decisionMaking;
        this.answeredAt = at;
    }

    void humanReviewRequested(Instant at) {
        this.humanReviewRequestedAt = at;
    }

    void humanReviewCompleted(ComplaintOutcome result) {
        this.humanReviewResult = result;
    }

    void escalated(Instant at) {
        this.escalatedAt = at;
    }

    void withdrawn(Instant at) {
        this.withdrawnAt = at;
    }

    Instant answerDueBy() {
        return answerDueBy;
    }

    boolean awaitsAnswer() {
        return answeredAt == null && withdrawnAt == null;
    }

    /** The last word on the complaint: the human review's result if there is one, else the answer. */
    private ComplaintOutcome standing() {
        return humanReviewResult != null ? humanReviewResult : answerOutcome;
    }

    static void assertDecisionNotInTheFuture(LocalDate decisionDate, Instant now) {
        // one day of leeway so that no time zone's "today" is refused
        if (decisionDate.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
            throw new DomainException.Invalid("The decision date " + decisionDate
                    + " is in the future; give the date on which the decision was made.");
        }
    }

    void assertIsTheWorker(PersonId person, String action) {
        if (!worker.equals(person)) {
            throw new DomainException.NotAllowed("Only the worker who filed this complaint can " + action + ".");
        }
    }

    void assertNotWithdrawn() {
        if (withdrawnAt != null) {
            throw new DomainException.Conflict("This complaint was withdrawn on " + withdrawnAt
                    + "; nothing more can be done with it. File a new complaint if needed.");
        }
    }

    void assertNotAnswered() {
        if (answeredAt != null) {
            throw new DomainException.Conflict("This complaint was already answered on " + answeredAt
                    + "; an answer is never changed. The worker may ask for a human review or dispute it.");
        }
    }

    void assertAnswered(String action) {
        if (answeredAt == null) {
            throw new DomainException.Conflict("The platform has not answered this complaint yet (the answer is due by "
                    + answerDueBy + "); wait for the answer before you " + action + ".");
        }
    }

    void assertAnswerNotUpheld() {
        if (answerOutcome == ComplaintOutcome.UPHELD) {
            throw new DomainException.Conflict(
                    "The answer upheld this complaint and reversed the decision; there is nothing left to review.");
        }
    }

    void assertMadeByTheAlgorithmAlone() {
        if (decisionMaking != DecisionMaking.ALGORITHM_ALONE) {
            throw new DomainException.Conflict("The platform's answer says a person took part in this decision,"
                    + " so a human review is not available; dispute the answer to take it to the union instead.");
        }
    }

    void assertHumanReviewNotRequested() {
        if (humanReviewRequestedAt != null) {
            throw new DomainException.Conflict("A human review was already requested on " + humanReviewRequestedAt
                    + "; it can be requested once.");
        }
    }

    void assertHumanReviewPending() {
        if (humanReviewRequestedAt == null) {
            throw new DomainException.Conflict(
                    "The worker has not asked for a human review of this complaint; there is nothing to record.");
        }
        if (humanReviewResult != null) {
            throw new DomainException.Conflict("The human review of this complaint was already recorded ("
                    + humanReviewResult + "); it is never changed.");
        }
    }

    void assertNotUpheld() {
        if (standing() == ComplaintOutcome.UPHELD) {
            throw new DomainException.Conflict(
                    "This complaint was upheld and the decision reversed; there is nothing to dispute.");
        }
    }

    void assertNotEscalated() {
        if (escalatedAt != null) {
            throw new DomainException.Conflict("This complaint is already with the union (since " + escalatedAt
                    + "); the union sees the answer too.");
        }
    }

    void assertEscalated() {
        if (escalatedAt == null) {
            throw new DomainException.Conflict("This complaint has not been escalated to the union;"
                    + " the union follows up a complaint once the worker disputes the answer or it goes unanswered.");
        }
    }
}

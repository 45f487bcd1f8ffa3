package org.roundtable.complaint.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.complaint.ComplaintCommands.AnswerComplaint;
import org.roundtable.complaint.ComplaintCommands.DisputeAnswer;
import org.roundtable.complaint.ComplaintCommands.FileComplaint;
import org.roundtable.complaint.ComplaintCommands.RecordHumanReview;
import org.roundtable.complaint.ComplaintCommands.RecordUnionFollowUp;
import org.roundtable.complaint.ComplaintCommands.RequestHumanReview;
import org.roundtable.complaint.ComplaintCommands.WithdrawComplaint;
import org.roundtable.complaint.ComplaintEvents.ComplaintAnswerOverdue;
import org.roundtable.complaint.ComplaintEvents.ComplaintAnswered;
import org.roundtable.complaint.ComplaintEvents.ComplaintEscalatedToUnion;
import org.roundtable.complaint.ComplaintEvents.ComplaintFiled;
import org.roundtable.complaint.ComplaintEvents.ComplaintWithdrawn;
import org.roundtable.complaint.ComplaintEvents.HumanReviewCompleted;
import org.roundtable.complaint.ComplaintEvents.HumanReviewRequested;
import org.roundtable.complaint.ComplaintEvents.UnionFollowUpRecorded;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.ComplaintSettings;
import org.roundtable.complaint.EscalationReason;

/**
 * One worker's complaint about one algorithmic decision: the platform answers within the answer
 * period, the worker may ask for a human review of a decision the algorithm made alone, and may
 * take the matter to the union; an unanswered complaint goes to the union by itself. The state
 * rules live in {@link ComplaintRules}.
 */
@Aggregate
class ComplaintAggregate {

    static final String ANSWER_DUE = "complaint-answer-due";

    @AggregateIdentifier
    private ComplaintId complaintId;
    private final ComplaintRules rules = new ComplaintRules();

    ComplaintAggregate() {
    }

    @CommandHandler
    ComplaintAggregate(FileComplaint command, ComplaintSettings settings, DeadlineManager deadlines) {
        Instant now = now();
        ComplaintRules.assertDecisionNotInTheFuture(command.decisionDate(), now);
        Instant answerDueBy = now.plus(settings.answerPeriod());
        apply(new ComplaintFiled(command.complaintId(), command.platformId(), command.ruleId(),
                command.decisionKind(), command.decisionDate(), command.decisionMaking(), command.text(),
                command.workerId(), now, answerDueBy));
        deadlines.schedule(answerDueBy, ANSWER_DUE);
    }

    @CommandHandler
    void handle(AnswerComplaint command, DeadlineManager deadlines) {
        rules.assertNotWithdrawn();
        rules.assertNotAnswered();
        Instant now = now();
        apply(new ComplaintAnswered(complaintId, command.outcome(), command.decisionMaking(), command.explanation(),
                command.answeredBy(), now, now.isAfter(rules.answerDueBy())));
        deadlines.cancelAllWithinScope(ANSWER_DUE);
    }

    @CommandHandler
    void handle(RequestHumanReview command) {
        rules.assertIsTheWorker(command.requestedBy(), "ask for a human review");
        rules.assertNotWithdrawn();
        rules.assertAnswered("ask for a human review");
        rules.assertAnswerNotUpheld();
        rules.assertMadeByTheAlgorithmAlone();
        rules.assertHumanReviewNotRequested();
        apply(new HumanReviewRequested(complaintId, command.requestedBy(), now()));
    }

    @CommandHandler
    void handle(RecordHumanReview command) {
        rules.assertNotWithdrawn();
        rules.assertHumanReviewPending();
        apply(new HumanReviewCompleted(complaintId, command.result(), command.explanation(), command.reviewedBy(),
                now()));
    }

    @CommandHandler
    void handle(DisputeAnswer command) {
        rules.assertIsTheWorker(command.disputedBy(), "dispute the answer");
        rules.assertNotWithdrawn();
        rules.assertAnswered("dispute it");
        rules.assertNotUpheld();
        rules.assertNotEscalated();
        apply(new ComplaintEscalatedToUnion(complaintId, EscalationReason.DISPUTED, command.reason(), now()));
    }

    @CommandHandler
    void handle(RecordUnionFollowUp command) {
        rules.assertNotWithdrawn();
        rules.assertEscalated();
        apply(new UnionFollowUpRecorded(complaintId, command.note(), command.recordedBy(), now()));
    }

    @CommandHandler
    void handle(WithdrawComplaint command, DeadlineManager deadlines) {
        rules.assertIsTheWorker(command.withdrawnBy(), "withdraw it");
        rules.assertNotWithdrawn();
        apply(new ComplaintWithdrawn(complaintId, command.reason(), command.withdrawnBy(), now()));
        deadlines.cancelAllWithinScope(ANSWER_DUE);
    }

    /** An unanswered complaint goes to the union at the moment its answer falls due. */
    @DeadlineHandler(deadlineName = ANSWER_DUE)
    void answerDue() {
        if (rules.awaitsAnswer()) {
            apply(new ComplaintAnswerOverdue(complaintId, rules.answerDueBy()));
            apply(new ComplaintEscalatedToUnion(complaintId, EscalationReason.UNANSWERED, null, rules.answerDueBy()));
        }
    }

    @EventSourcingHandler
    void on(ComplaintFiled event) {
        complaintId = event.complaintId();
        rules.filed(event.workerId(), event.answerDueBy());
    }

    @EventSourcingHandler
    void on(ComplaintAnswered event) {
        rules.answered(event.outcome(), event.decisionMaking(), event.answeredAt());
    }

    @EventSourcingHandler
    void on(HumanReviewRequested event) {
        rules.humanReviewRequested(event.requestedAt());
    }

    @EventSourcingHandler
    void on(HumanReviewCompleted event) {
        rules.humanReviewCompleted(event.result());
    }

    @EventSourcingHandler
    void on(ComplaintEscalatedToUnion event) {
        rules.escalated(event.escalatedAt());
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        rules.withdrawn(event.withdrawnAt());
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}

package org.roundtable.complaint.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.ComplaintSettings;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.EscalationReason;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

class ComplaintAggregateTest {

    static final Instant T0 = Instant.parse("2026-07-01T08:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);
    static final ComplaintId ID = ComplaintId.of("cmp-1");
    static final PlatformId PLATFORM = PlatformId.of("pf-food");
    static final RuleId RULE = RuleId.of("rule-late-penalty");
    static final PersonId WORKER = PersonId.of("worker-1");
    static final PersonId OTHER_WORKER = PersonId.of("worker-2");
    static final PersonId HR = PersonId.of("hr-1");
    static final PersonId CONVENER = PersonId.of("convener-1");
    static final LocalDate DECISION_DATE = LocalDate.parse("2026-06-28");
    static final String TEXT = "I was fined for a late delivery during the storm warning on 28 June.";

    FixtureConfiguration<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(ComplaintSettings.defaults());
    }

    static FileComplaint file() {
        return new FileComplaint(ID, PLATFORM, RULE, DecisionKind.PENALTY, DECISION_DATE,
                DecisionMaking.ALGORITHM_ALONE, TEXT, WORKER);
    }

    static ComplaintFiled filed() {
        return new ComplaintFiled(ID, PLATFORM, RULE, DecisionKind.PENALTY, DECISION_DATE,
                DecisionMaking.ALGORITHM_ALONE, TEXT, WORKER, T0, T0.plus(WEEK));
    }

    static ComplaintAnswered answered(ComplaintOutcome outcome, DecisionMaking how) {
        return new ComplaintAnswered(ID, outcome, how, "The delay was counted automatically.", HR,
                T0.plus(Duration.ofDays(1)), false);
    }

    static ComplaintAnswered notUpheldByTheAlgorithm() {
        return answered(ComplaintOutcome.NOT_UPHELD, DecisionMaking.ALGORITHM_ALONE);
    }

    static HumanReviewRequested reviewRequested() {
        return new HumanReviewRequested(ID, WORKER, T0.plus(Duration.ofDays(2)));
    }

    static ComplaintEscalatedToUnion disputed() {
        return new ComplaintEscalatedToUnion(ID, EscalationReason.DISPUTED, "The storm was official.",
                T0.plus(Duration.ofDays(3)));
    }

    // filing

    @Test
    void filesAComplaintDueForAnAnswerWithinTheAnswerPeriod() {
        fixture.givenCurrentTime(T0)
                .when(file())
                .expectSuccessfulHandlerExecution()
                .expectEvents(filed())
                .expectScheduledDeadlineWithName(WEEK, ComplaintAggregate.ANSWER_DUE);
    }

    @Test
    void takesTheAnswerPeriodFromTheSettings() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(new ComplaintSettings(Duration.ofDays(3), 0.3, 5));
        fixture.givenCurrentTime(T0)
                .when(file())
                .expectEvents(new ComplaintFiled(ID, PLATFORM, RULE, DecisionKind.PENALTY, DECISION_DATE,
                        DecisionMaking.ALGORITHM_ALONE, TEXT, WORKER, T0, T0.plus(Duration.ofDays(3))))
                .expectScheduledDeadlineWithName(Duration.ofDays(3), ComplaintAggregate.ANSWER_DUE);
    }

    @Test
    void refusesADecisionDateInTheFuture() {
        fixture.givenCurrentTime(T0)
                .when(new FileComplaint(ID, PLATFORM, RULE, DecisionKind.PENALTY, LocalDate.parse("2026-07-05"),
                        DecisionMaking.ALGORITHM_ALONE, TEXT, WORKER))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("in the future"))
                .expectNoEvents();
    }

    @Test
    void refusesAnEmptyOrOverlongComplaint() {
        assertThatThrownBy(() -> new FileComplaint(ID, PLATFORM, RULE, DecisionKind.PENALTY, DECISION_DATE,
                DecisionMaking.ALGORITHM_ALONE, "   ", WORKER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one character");
        assertThatThrownBy(() -> new FileComplaint(ID, PLATFORM, RULE, DecisionKind.PENALTY, DECISION_DATE,
                DecisionMaking.ALGORITHM_ALONE, "x".repeat(5001), WORKER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5000");
    }

    // answering and the deadline

    @Test
    void hrAnswersInTimeAndTheDeadlineIsCancelled() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(file())
                .when(new AnswerComplaint(ID, ComplaintOutcome.NOT_UPHELD, DecisionMaking.ALGORITHM_ALONE,
                        "The delay was counted automatically.", HR))
                .expectEvents(new ComplaintAnswered(ID, ComplaintOutcome.NOT_UPHELD, DecisionMaking.ALGORITHM_ALONE,
                        "The delay was counted automatically.", HR, T0, false))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anUnansweredComplaintFallsOverdueAndGoesToTheUnion() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(file())
                .whenTimeElapses(WEEK.plusMinutes(1))
                .expectTriggeredDeadlinesWithName(ComplaintAggregate.ANSWER_DUE)
                .expectEvents(new ComplaintAnswerOverdue(ID, T0.plus(WEEK)),
                        new ComplaintEscalatedToUnion(ID, EscalationReason.UNANSWERED, null, T0.plus(WEEK)));
    }

    @Test
    void anAnsweredComplaintNeverFallsOverdue() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(file(), new AnswerComplaint(ID, ComplaintOutcome.UPHELD,
                        DecisionMaking.ALGORITHM_ALONE, "The storm warning was missed; the fine is refunded.", HR))
                .whenTimeElapses(WEEK.plusDays(1))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void aWithdrawnComplaintNeverFallsOverdue() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(file(), new WithdrawComplaint(ID, null, WORKER))
                .whenTimeElapses(WEEK.plusDays(1))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void aLateAnswerIsStillTakenAndMarkedLate() {
        Instant late = T0.plus(WEEK).plus(Duration.ofDays(2));
        fixture.givenCurrentTime(T0)
                .andGiven(filed(), new ComplaintAnswerOverdue(ID, T0.plus(WEEK)),
                        new ComplaintEscalatedToUnion(ID, EscalationReason.UNANSWERED, null, T0.plus(WEEK)))
                .andGivenCurrentTime(late)
                .when(new AnswerComplaint(ID, ComplaintOutcome.NOT_UPHELD, DecisionMaking.HUMAN_INVOLVED,
                        "A dispatcher checked the route.", HR))
                .expectEvents(new ComplaintAnswered(ID, ComplaintOutcome.NOT_UPHELD, DecisionMaking.HUMAN_INVOLVED,
                        "A dispatcher checked the route.", HR, late, true));
    }

    @Test
    void refusesASecondAnswer() {
        fixture.given(filed(), notUpheldByTheAlgorithm())
                .when(new AnswerComplaint(ID, ComplaintOutcome.UPHELD, DecisionMaking.ALGORITHM_ALONE, "Changed.", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already answered"));
    }

    @Test
    void refusesAnAnswerWithoutSayingHowTheDecisionWasMade() {
        assertThatThrownBy(() -> new AnswerComplaint(ID, ComplaintOutcome.NOT_UPHELD, DecisionMaking.NOT_KNOWN,
                "Because.", HR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALGORITHM_ALONE or HUMAN_INVOLVED");
        assertThatThrownBy(() -> new AnswerComplaint(ID, ComplaintOutcome.NOT_UPHELD, DecisionMaking.HUMAN_INVOLVED,
                "", HR)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explanation");
    }

    // human review

    @Test
    void theWorkerAsksForAHumanReviewOfADecisionTheAlgorithmMadeAlone() {
        fixture.givenCurrentTime(T0.plus(Duration.ofDays(2)))
                .andGiven(filed(), notUpheldByTheAlgorithm())
                .when(new RequestHumanReview(ID, WORKER))
                .expectEvents(reviewRequested());
    }

    @Test
    void refusesAHumanReviewBeforeTheAnswer() {
        fixture.given(filed())
                .when(new RequestHumanReview(ID, WORKER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("not answered"));
    }

    @Test
    void refusesAHumanReviewAskedForBySomeoneElse() {
        fixture.given(filed(), notUpheldByTheAlgorithm())
                .when(new RequestHumanReview(ID, OTHER_WORKER))
                .expectException(DomainException.NotAllowed.class);
    }

    @Test
    void refusesAHumanReviewWhenAPersonTookPartInTheDecision() {
        fixture.given(filed(), answered(ComplaintOutcome.NOT_UPHELD, DecisionMaking.HUMAN_INVOLVED))
                .when(new RequestHumanReview(ID, WORKER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("a person took part"));
    }

    @Test
    void refusesAHumanReviewOfAnUpheldComplaint() {
        fixture.given(filed(), answered(ComplaintOutcome.UPHELD, DecisionMaking.ALGORITHM_ALONE))
                .when(new RequestHumanReview(ID, WORKER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("upheld"));
    }

    @Test
    void refusesASecondHumanReviewRequest() {
        fixture.given(filed(), notUpheldByTheAlgorithm(), reviewRequested(),
                        new HumanReviewCompleted(ID, ComplaintOutcome.NOT_UPHELD, "Checked.", HR, T0))
                .when(new RequestHumanReview(ID, WORKER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("requested once"));
    }

    @Test
    void hrRecordsTheHumanReview() {
        fixture.givenCurrentTime(T0.plus(Duration.ofDays(4)))
                .andGiven(filed(), notUpheldByTheAlgorithm(), reviewRequested())
                .when(new RecordHumanReview(ID, ComplaintOutcome.UPHELD, "The storm warning was in force.", HR))
                .expectEvents(new HumanReviewCompleted(ID, ComplaintOutcome.UPHELD, "The storm warning was in force.",
                        HR, T0.plus(Duration.ofDays(4))));
    }

    @Test
    void refusesToRecordAHumanReviewNobodyAskedFor() {
        fixture.given(filed(), notUpheldByTheAlgorithm())
                .when(new RecordHumanReview(ID, ComplaintOutcome.UPHELD, "Checked.", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("has not asked"));
    }

    @Test
    void refusesToRecordAHumanReviewTwice() {
        fixture.given(filed(), notUpheldByTheAlgorithm(), reviewRequested(),
                        new HumanReviewCompleted(ID, ComplaintOutcome.NOT_UPHELD, "Checked.", HR, T0))
                .when(new RecordHumanReview(ID, ComplaintOutcome.UPHELD, "Again.", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already recorded"));
    }

    // disputes, the union and withdrawal

    @Test
    void theWorkerDisputesTheAnswerAndTheComplaintGoesToTheUnion() {
        fixture.givenCurrentTime(T0.plus(Duration.ofDays(3)))
                .andGiven(filed(), notUpheldByTheAlgorithm())
                .when(new DisputeAnswer(ID, "The storm was official.", WORKER))
                .expectEvents(disputed());
    }

    @Test
    void refusesADisputeBeforeTheAnswer() {
        fixture.given(filed())
                .when(new DisputeAnswer(ID, "No answer.", WORKER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesADisputeBySomeoneElse() {
        fixture.given(filed(), notUpheldByTheAlgorithm())
                .when(new DisputeAnswer(ID, "Solidarity.", OTHER_WORKER))
                .expectException(DomainException.NotAllowed.class);
    }

    @Test
    void refusesADisputeOfAComplaintUpheldByTheHumanReview() {
        fixture.given(filed(), notUpheldByTheAlgorithm(), reviewRequested(),
                        new HumanReviewCompleted(ID, ComplaintOutcome.UPHELD, "Refunded.", HR, T0))
                .when(new DisputeAnswer(ID, "Anyway.", WORKER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("nothing to dispute"));
    }

    @Test
    void refusesADisputeOfAComplaintAlreadyWithTheUnion() {
        fixture.given(filed(), new ComplaintAnswerOverdue(ID, T0.plus(WEEK)),
                        new ComplaintEscalatedToUnion(ID, EscalationReason.UNANSWERED, null, T0.plus(WEEK)),
                        notUpheldByTheAlgorithm())
                .when(new DisputeAnswer(ID, "Late and wrong.", WORKER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already with the union"));
    }

    @Test
    void theUnionRecordsItsFollowUpsOfAnEscalatedComplaint() {
        Instant at = T0.plus(Duration.ofDays(5));
        fixture.givenCurrentTime(at)
                .andGiven(filed(), notUpheldByTheAlgorithm(), disputed(),
                        new UnionFollowUpRecorded(ID, "Asked the platform for the weather data.", CONVENER, at))
                .when(new RecordUnionFollowUp(ID, "Raised at the consultation round.", CONVENER))
                .expectEvents(new UnionFollowUpRecorded(ID, "Raised at the consultation round.", CONVENER, at));
    }

    @Test
    void refusesAUnionFollowUpOfAComplaintNotEscalated() {
        fixture.given(filed(), notUpheldByTheAlgorithm())
                .when(new RecordUnionFollowUp(ID, "Looked at it.", CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("not been escalated"));
    }

    @Test
    void theWorkerWithdrawsTheComplaint() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(file())
                .when(new WithdrawComplaint(ID, "Settled with the station manager.", WORKER))
                .expectEvents(new ComplaintWithdrawn(ID, "Settled with the station manager.", WORKER, T0))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refusesAWithdrawalBySomeoneElse() {
        fixture.given(filed())
                .when(new WithdrawComplaint(ID, null, HR))
                .expectException(DomainException.NotAllowed.class);
    }

    @Test
    void refusesEveryStepAfterTheWithdrawal() {
        ComplaintWithdrawn withdrawn = new ComplaintWithdrawn(ID, null, WORKER, T0);
        fixture.given(filed(), withdrawn)
                .when(new AnswerComplaint(ID, ComplaintOutcome.UPHELD, DecisionMaking.ALGORITHM_ALONE, "Late.", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("withdrawn"));
        fixture.given(filed(), notUpheldByTheAlgorithm(), withdrawn)
                .when(new DisputeAnswer(ID, "Changed my mind.", WORKER))
                .expectException(DomainException.Conflict.class);
        fixture.given(filed(), withdrawn)
                .when(new WithdrawComplaint(ID, null, WORKER))
                .expectException(DomainException.Conflict.class);
    }
}

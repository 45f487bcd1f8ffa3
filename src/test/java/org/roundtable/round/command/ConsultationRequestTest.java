package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.roundtable.round.RoundCommands.AnswerConsultationRequest;
import org.roundtable.round.RoundCommands.RequestConsultation;
import org.roundtable.round.RoundEvents.ConsultationRequestAnswered;
import org.roundtable.round.RoundEvents.ConsultationRequestOverdue;
import org.roundtable.round.RoundEvents.ConsultationRequested;
import org.roundtable.shared.DomainException;

/** A written request for consultation must be answered in writing within 20 days (art. 32). */
class ConsultationRequestTest extends RoundFixtureTest {

    static final Instant DUE = T0.plus(Duration.ofDays(20));

    static RequestConsultation request() {
        return new RequestConsultation(ROUND, PLATFORM, "dispatch radius", "we ask to consult on the radius", REP);
    }

    static ConsultationRequested requested() {
        return new ConsultationRequested(ROUND, PLATFORM, "dispatch radius", "we ask to consult on the radius", REP,
                T0, DUE);
    }

    @Test
    void aRequestIsDueForAnAnswerAfterTheConfiguredPeriod() {
        fixture.givenCurrentTime(T0)
                .when(request())
                .expectEvents(requested())
                .expectScheduledDeadlineWithName(DUE, ConsultationRoundAggregate.REQUEST_ANSWER_DUE);
    }

    @Test
    void refusesARequestWithoutATopic() {
        fixture.givenNoPriorActivity()
                .when(new RequestConsultation(ROUND, PLATFORM, " ", "please", REP))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("the topic is required"));
    }

    @Test
    void refusesARequestWithoutItsText() {
        fixture.givenNoPriorActivity()
                .when(new RequestConsultation(ROUND, PLATFORM, "pay", null, REP))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void anAnswerInTimeIsNotLateAndCancelsTheDeadline() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(request())
                .when(new AnswerConsultationRequest(ROUND, "we agree to consult in May", HR))
                .expectEvents(new ConsultationRequestAnswered(ROUND, "we agree to consult in May", HR, T0, false))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAnswerAfterTheDeadlineIsRecordedAsLate() {
        ConsultationRequested longAgo = new ConsultationRequested(ROUND, PLATFORM, "pay", "please", REP,
                T0.minus(Duration.ofDays(21)), T0.minus(Duration.ofDays(1)));
        fixture.givenCurrentTime(T0)
                .andGiven(longAgo)
                .when(new AnswerConsultationRequest(ROUND, "sorry for the delay", HR))
                .expectEvents(new ConsultationRequestAnswered(ROUND, "sorry for the delay", HR, T0, true));
    }

    @Test
    void refusesASecondAnswer() {
        fixture.givenCurrentTime(T0)
                .andGiven(requested(), new ConsultationRequestAnswered(ROUND, "yes", HR, T0, false))
                .when(new AnswerConsultationRequest(ROUND, "yes again", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already been answered"));
    }

    @Test
    void refusesAnAnswerWithoutText() {
        fixture.givenCurrentTime(T0)
                .andGiven(requested())
                .when(new AnswerConsultationRequest(ROUND, "", HR))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesAnAnswerOnceTheRoundIsOpened() {
        fixture.givenCurrentTime(T0)
                .andGiven(requested(), roundOpened())
                .when(new AnswerConsultationRequest(ROUND, "yes", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("this round is announced now"));
    }

    @Test
    void anUnansweredRequestBecomesOverdueWhenTheDeadlinePasses() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(request())
                .whenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(ConsultationRoundAggregate.REQUEST_ANSWER_DUE)
                .expectEvents(new ConsultationRequestOverdue(ROUND, DUE));
    }

    @Test
    void aRequestIsOverdueOnlyOnce() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(request())
                .andGiven(new ConsultationRequestOverdue(ROUND, DUE))
                .whenTimeAdvancesTo(DUE)
                .expectNoEvents();
    }

    @Test
    void anAnsweredRequestIsNeverOverdue() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(request())
                .andGiven(new ConsultationRequestAnswered(ROUND, "yes", HR, T0, false))
                .whenTimeAdvancesTo(DUE)
                .expectNoEvents();
    }

    @Test
    void aRequestOpenedAsARoundIsNeverOverdue() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(request(), openRound())
                .whenTimeAdvancesTo(DUE)
                .expectTriggeredDeadlinesWithName(ConsultationRoundAggregate.COMMENT_STARTS,
                        ConsultationRoundAggregate.COMMENT_ENDS)
                .expectEvents(commentPeriodStarted(), negotiationStarted());
    }
}

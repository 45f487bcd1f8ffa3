package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;
import static org.roundtable.round.command.ConsultationRoundAggregate.COMMENT_ENDS;
import static org.roundtable.round.command.ConsultationRoundAggregate.COMMENT_STARTS;

import java.time.Duration;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.junit.jupiter.api.Test;
import org.roundtable.round.RoundCommands.StartCommentPeriod;
import org.roundtable.round.RoundEvents.CommentPeriodStarted;
import org.roundtable.round.RoundEvents.NegotiationStarted;
import org.roundtable.round.RoundEvents.RoundCancelled;
import org.roundtable.shared.DomainException;

/** The comment period starts and ends on schedule; the convener may start it early. */
class CommentPeriodTest extends RoundFixtureTest {

    @Test
    void theCommentPeriodStartsOnSchedule() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .whenTimeAdvancesTo(START)
                .expectTriggeredDeadlinesWithName(COMMENT_STARTS)
                .expectEvents(new CommentPeriodStarted(ROUND, START, END, false));
    }

    @Test
    void negotiationStartsWhenTheCommentPeriodEnds() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .andGiven(commentPeriodStarted())
                .whenTimeAdvancesTo(END)
                .expectTriggeredDeadlinesWithName(COMMENT_STARTS, COMMENT_ENDS)
                .expectEvents(new NegotiationStarted(ROUND, END));
    }

    @Test
    void theWholeScheduleRunsByItself() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .whenTimeAdvancesTo(END)
                .expectEvents(commentPeriodStarted(), negotiationStarted());
    }

    @Test
    void anEndOfCommentsThatFindsThePeriodNotStartedStartsItFirst() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened())
                .whenInvoking(ROUND.value(), round -> round.onCommentEnds(null, new StubDeadlineManager()))
                .expectEvents(commentPeriodStarted(), negotiationStarted());
    }

    @Test
    void theConvenerMayStartTheCommentPeriodEarly() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .when(new StartCommentPeriod(ROUND, CONVENER))
                .expectEvents(new CommentPeriodStarted(ROUND, T0, END, true))
                .expectNoScheduledDeadlineWithName(START, COMMENT_STARTS)
                .expectScheduledDeadlineWithName(END, COMMENT_ENDS);
    }

    @Test
    void aStartDeadlineAfterAnEarlyStartDoesNothing() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .andGiven(new CommentPeriodStarted(ROUND, T0, END, true))
                .whenTimeAdvancesTo(START)
                .expectTriggeredDeadlinesWithName(COMMENT_STARTS)
                .expectNoEvents();
    }

    @Test
    void refusesToStartTheCommentPeriodTwice() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new StartCommentPeriod(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("this round is in its comment period now"));
    }

    @Test
    void refusesToStartTheCommentPeriodOfARequestNotYetOpened() {
        fixture.givenCurrentTime(T0)
                .andGiven(ConsultationRequestTest.requested())
                .when(new StartCommentPeriod(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void deadlinesOfACancelledRoundDoNothing() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .andGiven(new RoundCancelled(ROUND, PROPOSAL, "withdrawn", CONVENER, T0))
                .whenTimeElapses(Duration.ofDays(30))
                .expectTriggeredDeadlinesWithName(COMMENT_STARTS, COMMENT_ENDS)
                .expectNoEvents();
    }
}

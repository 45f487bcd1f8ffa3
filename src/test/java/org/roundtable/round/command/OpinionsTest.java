package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.OpinionId;
import org.roundtable.round.RoundCommands.AnswerOpinion;
import org.roundtable.round.RoundCommands.SubmitOpinion;
import org.roundtable.round.RoundEvents.OpinionAnswered;
import org.roundtable.round.RoundEvents.OpinionSubmitted;
import org.roundtable.shared.DomainException;

/** Opinions are given during the comment period and every one gets a public answer. */
class OpinionsTest extends RoundFixtureTest {

    static final OpinionId OPINION = OpinionId.of("op-1");
    static final Instant DURING_COMMENTS = START.plus(Duration.ofDays(2));

    static OpinionSubmitted opinionSubmitted() {
        return new OpinionSubmitted(ROUND, OPINION, "the buffer is too short in rain", "buffer", REP, START);
    }

    @Test
    void anOpinionIsRecordedDuringTheCommentPeriod() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new SubmitOpinion(ROUND, OPINION, "  the buffer is too short in rain ", "buffer", REP))
                .expectEvents(new OpinionSubmitted(ROUND, OPINION, "the buffer is too short in rain", "buffer", REP,
                        DURING_COMMENTS));
    }

    @Test
    void anOpinionNeedNotNameAParameter() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new SubmitOpinion(ROUND, OPINION, "fine by me", " ", REP))
                .expectEvents(new OpinionSubmitted(ROUND, OPINION, "fine by me", null, REP, DURING_COMMENTS));
    }

    @Test
    void acceptsAnOpinionOfFiveThousandCharacters() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new SubmitOpinion(ROUND, OPINION, "x".repeat(5_000), null, REP))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnOpinionLongerThanFiveThousandCharacters() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new SubmitOpinion(ROUND, OPINION, "x".repeat(5_001), null, REP))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("1 to 5000 characters"));
    }

    @Test
    void refusesAnEmptyOpinion() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new SubmitOpinion(ROUND, OPINION, "   ", null, REP))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesAnOpinionBeforeTheCommentPeriod() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened())
                .when(new SubmitOpinion(ROUND, OPINION, "too early?", null, REP))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("Opinions can be given only while the round is in its "
                        + "comment period; this round is announced now"));
    }

    @Test
    void refusesAnOpinionAfterTheCommentPeriod() {
        fixture.givenCurrentTime(END.plusSeconds(60))
                .andGiven(negotiating())
                .when(new SubmitOpinion(ROUND, OPINION, "too late?", null, REP))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesAnOpinionOnceTheScheduledEndHasPassedEvenBeforeNegotiationStarts() {
        fixture.givenCurrentTime(END)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new SubmitOpinion(ROUND, OPINION, "just in time?", null, REP))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the comment period ended"));
    }

    @Test
    void refusesTheSameOpinionTwice() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted())
                .when(new SubmitOpinion(ROUND, OPINION, "again", null, REP))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void hrAnswersAnOpinionDuringTheCommentPeriod() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted())
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.PARTLY_ADOPTED, "8 minutes in rain only", HR))
                .expectEvents(new OpinionAnswered(ROUND, OPINION, OpinionAnswer.PARTLY_ADOPTED,
                        "8 minutes in rain only", HR, DURING_COMMENTS));
    }

    @Test
    void hrAnswersAnOpinionDuringNegotiation() {
        fixture.givenCurrentTime(END)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted(), negotiationStarted())
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.ADOPTED, null, HR))
                .expectEvents(new OpinionAnswered(ROUND, OPINION, OpinionAnswer.ADOPTED, null, HR, END));
    }

    @Test
    void refusesAnOpinionNotAdoptedWithoutAReason() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted())
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.NOT_ADOPTED, " ", HR))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("the reason why the opinion was not fully adopted"));
    }

    @Test
    void refusesAnOpinionPartlyAdoptedWithoutAReason() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted())
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.PARTLY_ADOPTED, null, HR))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesToAnswerAnUnknownOpinion() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.ADOPTED, null, HR))
                .expectException(DomainException.NotFound.class);
    }

    @Test
    void refusesToAnswerAnOpinionTwice() {
        fixture.givenCurrentTime(DURING_COMMENTS)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted(),
                        new OpinionAnswered(ROUND, OPINION, OpinionAnswer.ADOPTED, null, HR, START))
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.NOT_ADOPTED, "changed our mind", HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already been answered"));
    }

    @Test
    void refusesToAnswerOnceVotingHasOpened() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened(), commentPeriodStarted(), opinionSubmitted(), negotiationStarted(),
                        votingOpened())
                .when(new AnswerOpinion(ROUND, OPINION, OpinionAnswer.ADOPTED, null, HR))
                .expectException(DomainException.Conflict.class);
    }
}

package org.roundtable.round.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.roundtable.round.command.ConsultationRoundAggregate.VOTING_CLOSES;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.round.OpinionId;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundCommands.CloseVoting;
import org.roundtable.round.RoundCommands.OpenVoting;
import org.roundtable.round.RoundCommands.RecordVotedText;
import org.roundtable.round.RoundEvents.OpinionSubmitted;
import org.roundtable.round.RoundEvents.OutcomeDetermined;
import org.roundtable.round.RoundEvents.TalksSuspended;
import org.roundtable.round.RoundEvents.VotedTextRecorded;
import org.roundtable.round.RoundEvents.VotingClosed;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.DomainException;

/** Voting opens once everything is answered, and closes on time or early once everyone has voted. */
class VotingTest extends RoundFixtureTest {

    static VotedTextRecorded votedText() {
        return new VotedTextRecorded(ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE);
    }

    @Test
    void theConvenerOpensVotingUntilAGivenTime() {
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .when(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .expectEvents(votingOpened())
                .expectScheduledDeadlineWithName(VOTING_ENDS, VOTING_CLOSES);
    }

    @Test
    void acceptsAVotingWindowOfExactlyTheMinimum() {
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .when(new OpenVoting(ROUND, T0.plus(Duration.ofHours(24)), CONVENER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAVotingWindowShorterThanTheMinimum() {
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .when(new OpenVoting(ROUND, T0.plus(Duration.ofHours(24)).minusSeconds(1), CONVENER))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("voting must stay open at least 24 hours"));
    }

    @Test
    void refusesToOpenVotingWhileAnOpinionIsUnanswered() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened(), commentPeriodStarted(), OpinionsTest.opinionSubmitted(),
                        new OpinionSubmitted(ROUND, OpinionId.of("op-2"), "more", null, REP, START),
                        negotiationStarted())
                .when(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("2 opinions are still unanswered"));
    }

    @Test
    void refusesToOpenVotingWhileAnAmendmentIsPending() {
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .andGiven(NegotiationTest.amendmentTabled())
                .when(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("1 amendment is still pending"));
    }

    @Test
    void refusesToOpenVotingWhileTalksAreSuspended() {
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .andGiven(new TalksSuspended(ROUND, "strike", END))
                .when(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToOpenVotingDuringTheCommentPeriod() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToOpenVotingTwice() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("this round is voting now"));
    }

    @Test
    void recordsTheVotedTextDuringVoting() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new RecordVotedText(ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE))
                .expectEvents(votedText());
    }

    @Test
    void recordsTheVotedTextArrivingAfterTheClose() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .andGiven(new VotingClosed(ROUND, VOTING_ENDS, false))
                .when(new RecordVotedText(ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE))
                .expectEvents(votedText());
    }

    @Test
    void refusesToRecordTheVotedTextTwice() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .andGiven(votedText())
                .when(new RecordVotedText(ROUND, 4, List.of(SHORTER_ESTIMATE), EFFECTIVE))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToRecordAVotedTextBeforeVoting() {
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .when(new RecordVotedText(ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void votingClosesOnTimeAndTheRuleDecides() {
        ballotBox.holds(5, 1, 0);

        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .andGivenCommands(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .andGiven(votedText())
                .whenTimeAdvancesTo(VOTING_ENDS)
                .expectTriggeredDeadlinesWithName(VOTING_CLOSES)
                .expectEvents(new VotingClosed(ROUND, VOTING_ENDS, false),
                        new OutcomeDetermined(ROUND, PROPOSAL, Outcome.ADOPTED, new Tally(ELECTORATE, 5, 1, 0),
                                VoteRule.STATUTORY, 6, 5, 3, VOTING_ENDS));
        assertThat(ballotBox.closed).containsExactly(ROUND);
    }

    @Test
    void tooFewBallotsMeanNoQuorum() {
        ballotBox.holds(5, 0, 0);

        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .andGivenCommands(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .whenTimeAdvancesTo(VOTING_ENDS)
                .expectEvents(new VotingClosed(ROUND, VOTING_ENDS, false),
                        new OutcomeDetermined(ROUND, PROPOSAL, Outcome.NO_QUORUM, new Tally(ELECTORATE, 5, 0, 0),
                                VoteRule.STATUTORY, 6, 5, 0, VOTING_ENDS));
    }

    @Test
    void tooFewVotesForMeanRejection() {
        ballotBox.holds(4, 2, 3);

        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new CloseVoting(ROUND, CONVENER))
                .expectEvents(new VotingClosed(ROUND, T0, true),
                        new OutcomeDetermined(ROUND, PROPOSAL, Outcome.REJECTED, new Tally(ELECTORATE, 4, 2, 3),
                                VoteRule.STATUTORY, 6, 5, 0, T0));
    }

    @Test
    void theConvenerClosesEarlyOnceEveryoneHasVoted() {
        ballotBox.holds(7, 1, 1);

        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .andGivenCommands(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .andGiven(votedText())
                .when(new CloseVoting(ROUND, CONVENER))
                .expectEvents(new VotingClosed(ROUND, T0, true),
                        new OutcomeDetermined(ROUND, PROPOSAL, Outcome.ADOPTED, new Tally(ELECTORATE, 7, 1, 1),
                                VoteRule.STATUTORY, 6, 5, 3, T0))
                .expectNoScheduledDeadlines();
        assertThat(ballotBox.closed).containsExactly(ROUND);
    }

    @Test
    void refusesToCloseEarlyWhileSomeoneHasNotVoted() {
        ballotBox.holds(5, 1, 0);

        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new CloseVoting(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("3 of the 9 voters have not voted yet"))
                .expectExceptionMessage(containsString(VOTING_ENDS.toString()));
        assertThat(ballotBox.closed).isEmpty();
    }

    @Test
    void refusesToCloseVotingTwice() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .andGiven(new VotingClosed(ROUND, T0, true))
                .when(new CloseVoting(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void aClosingDeadlineAfterAnEarlyCloseDoesNothing() {
        Instant later = VOTING_ENDS.plus(Duration.ofDays(1));
        fixture.givenCurrentTime(T0)
                .andGiven(negotiating())
                .andGivenCommands(new OpenVoting(ROUND, VOTING_ENDS, CONVENER))
                .andGiven(new VotingClosed(ROUND, T0, true))
                .whenTimeAdvancesTo(later)
                .expectTriggeredDeadlinesWithName(VOTING_CLOSES)
                .expectNoEvents();
        assertThat(ballotBox.closed).isEmpty();
    }
}

package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundCommands.CancelRound;
import org.roundtable.round.RoundCommands.OpenFollowUpRound;
import org.roundtable.round.RoundCommands.ReturnToNegotiation;
import org.roundtable.round.RoundCommands.TableAmendment;
import org.roundtable.round.RoundEvents.NegotiationStarted;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundEvents.ReturnedToNegotiation;
import org.roundtable.round.RoundEvents.RoundCancelled;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.DomainException;

/** A rejected or inquorate round goes back to negotiation in a follow-up round; rounds end early by cancellation. */
class FollowUpAndCancellationTest extends RoundFixtureTest {

    static final Tally FEW_BALLOTS = new Tally(ELECTORATE, 2, 1, 0);

    static ReturnedToNegotiation returned() {
        return new ReturnedToNegotiation(ROUND, FOLLOW_UP, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES,
                VoteRule.STATUTORY, "the rain buffer needs another look", CONVENER);
    }

    static ReturnToNegotiation returnToNegotiation() {
        return new ReturnToNegotiation(ROUND, FOLLOW_UP, "the rain buffer needs another look", CONVENER);
    }

    @Test
    void aRejectedRoundReturnsToNegotiationWithEverythingTheFollowUpNeeds() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(AfterTheVoteTest.closedWith(Outcome.REJECTED, AfterTheVoteTest.REJECTING))
                .when(returnToNegotiation())
                .expectEvents(returned());
    }

    @Test
    void aPublishedRoundWithoutQuorumReturnsToNegotiation() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(AfterTheVoteTest.closedWith(Outcome.NO_QUORUM, FEW_BALLOTS))
                .andGiven(new OutcomePublished(ROUND, PLATFORM, PROPOSAL, Outcome.NO_QUORUM, FEW_BALLOTS, 3, List.of(),
                        null, CONVENER, VOTING_ENDS))
                .when(returnToNegotiation())
                .expectEvents(returned());
    }

    @Test
    void refusesToReturnAnAdoptedRound() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(AfterTheVoteTest.closedWith(Outcome.ADOPTED, AfterTheVoteTest.ADOPTING))
                .when(returnToNegotiation())
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the proposal was adopted"));
    }

    @Test
    void refusesToReturnARoundTwice() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(AfterTheVoteTest.closedWith(Outcome.REJECTED, AfterTheVoteTest.REJECTING))
                .andGiven(returned())
                .when(new ReturnToNegotiation(ROUND, FOLLOW_UP, "again", CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already returned to negotiation in round rnd-2"));
    }

    @Test
    void refusesToReturnARoundStillVoting() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(returnToNegotiation())
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToReturnWithoutAReason() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(AfterTheVoteTest.closedWith(Outcome.REJECTED, AfterTheVoteTest.REJECTING))
                .when(new ReturnToNegotiation(ROUND, FOLLOW_UP, "", CONVENER))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void theFollowUpRoundStartsInNegotiationOnANewlyFrozenElectorate() {
        electorates.nextSize(8);

        fixture.givenCurrentTime(VOTING_ENDS)
                .when(new OpenFollowUpRound(FOLLOW_UP, ROUND, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES,
                        VoteRule.STATUTORY))
                .expectEvents(new RoundOpened(FOLLOW_UP, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, 8,
                                FakeElectorates.digestOf(8), null, null, VoteRule.STATUTORY, ROUND, null, VOTING_ENDS),
                        new NegotiationStarted(FOLLOW_UP, VOTING_ENDS))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refusesAFollowUpRoundWithAnEmptyRoster() {
        electorates.nextSize(0);

        fixture.givenCurrentTime(VOTING_ENDS)
                .when(new OpenFollowUpRound(FOLLOW_UP, ROUND, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES,
                        VoteRule.STATUTORY))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the roster has no worker representatives"));
    }

    @Test
    void theFollowUpRoundTakesAmendments() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(new RoundOpened(FOLLOW_UP, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, 8, "d8", null,
                        null, VoteRule.STATUTORY, ROUND, null, VOTING_ENDS), new NegotiationStarted(FOLLOW_UP,
                        VOTING_ENDS))
                .when(new TableAmendment(FOLLOW_UP, NegotiationTest.AMENDMENT, List.of(SHORTER_ESTIMATE), "again",
                        REP))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cancellingAnAnnouncedRoundDropsItsSchedule() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(openRound())
                .when(new CancelRound(ROUND, "proposal withdrawn: replaced", HR))
                .expectEvents(new RoundCancelled(ROUND, PROPOSAL, "proposal withdrawn: replaced", HR, T0))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cancellingARequestDropsItsAnswerDeadline() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(ConsultationRequestTest.request())
                .when(new CancelRound(ROUND, "settled informally", CONVENER))
                .expectEvents(new RoundCancelled(ROUND, null, "settled informally", CONVENER, T0))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRoundMayBeCancelledDuringTheCommentPeriod() {
        fixture.givenCurrentTime(START)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new CancelRound(ROUND, "withdrawn", CONVENER))
                .expectEvents(new RoundCancelled(ROUND, PROPOSAL, "withdrawn", CONVENER, START));
    }

    @Test
    void aRoundMayBeCancelledDuringNegotiation() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new CancelRound(ROUND, "withdrawn", CONVENER))
                .expectEvents(new RoundCancelled(ROUND, PROPOSAL, "withdrawn", CONVENER, END));
    }

    @Test
    void refusesToCancelARoundOnceVotingHasOpened() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new CancelRound(ROUND, "too late", CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("A round can be cancelled only while the round is"));
    }

    @Test
    void refusesToCancelAClosedRound() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(AfterTheVoteTest.closedWith(Outcome.REJECTED, AfterTheVoteTest.REJECTING))
                .when(new CancelRound(ROUND, "too late", CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToCancelTwice() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened(), new RoundCancelled(ROUND, PROPOSAL, "withdrawn", CONVENER, T0))
                .when(new CancelRound(ROUND, "again", CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("this round is cancelled now"));
    }

    @Test
    void refusesACancellationWithoutAReason() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened())
                .when(new CancelRound(ROUND, " ", CONVENER))
                .expectException(DomainException.Invalid.class);
    }
}

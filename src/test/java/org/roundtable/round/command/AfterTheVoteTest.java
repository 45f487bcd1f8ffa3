package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.Side;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundCommands.PublishOutcome;
import org.roundtable.round.RoundCommands.SignOutcome;
import org.roundtable.round.RoundEvents.OutcomeDetermined;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundEvents.OutcomeSigned;
import org.roundtable.round.RoundEvents.VotingClosed;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.DomainException;

/** An adopted text is signed by both chief representatives (arts. 34, 37), then published. */
class AfterTheVoteTest extends RoundFixtureTest {

    static final Tally ADOPTING = new Tally(ELECTORATE, 7, 1, 1);
    static final Tally REJECTING = new Tally(ELECTORATE, 3, 5, 1);

    static List<Object> closedWith(Outcome outcome, Tally tally) {
        return List.of(roundOpened(), commentPeriodStarted(), negotiationStarted(), votingOpened(),
                VotingTest.votedText(), new VotingClosed(ROUND, VOTING_ENDS, false),
                new OutcomeDetermined(ROUND, PROPOSAL, outcome, tally, VoteRule.STATUTORY, 6, 5, 3, VOTING_ENDS));
    }

    static OutcomeSigned signedBy(Side side) {
        return new OutcomeSigned(ROUND, side, side == Side.WORKERS ? WORKER_CHIEF : PLATFORM_CHIEF, VOTING_ENDS);
    }

    @Test
    void eachChiefSignsTheAdoptedText() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.ADOPTED, ADOPTING))
                .when(new SignOutcome(ROUND, Side.WORKERS, WORKER_CHIEF))
                .expectEvents(signedBy(Side.WORKERS));
    }

    @Test
    void refusesASecondSignatureOfTheSameSide() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.ADOPTED, ADOPTING))
                .andGiven(signedBy(Side.PLATFORM))
                .when(new SignOutcome(ROUND, Side.PLATFORM, PLATFORM_CHIEF))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("platform side has already signed"));
    }

    @Test
    void refusesToSignARejectedText() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.REJECTED, REJECTING))
                .when(new SignOutcome(ROUND, Side.WORKERS, WORKER_CHIEF))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("only an adopted text is signed"));
    }

    @Test
    void refusesToSignWhileVoting() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new SignOutcome(ROUND, Side.WORKERS, WORKER_CHIEF))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void anAdoptedTextIsPublishedWithItsChangesOnceBothHaveSigned() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.ADOPTED, ADOPTING))
                .andGiven(signedBy(Side.WORKERS), signedBy(Side.PLATFORM))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectEvents(new OutcomePublished(ROUND, PLATFORM, PROPOSAL, Outcome.ADOPTED, ADOPTING, 3,
                        List.of(SHORTER_ESTIMATE), EFFECTIVE, CONVENER, VOTING_ENDS));
    }

    @Test
    void refusesToPublishAnAdoptedTextTheWorkerSideHasNotSigned() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.ADOPTED, ADOPTING))
                .andGiven(signedBy(Side.PLATFORM))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("still missing: the worker side's chief representative"));
    }

    @Test
    void refusesToPublishAnAdoptedTextThePlatformSideHasNotSigned() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.ADOPTED, ADOPTING))
                .andGiven(signedBy(Side.WORKERS))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("still missing: the platform side's chief representative"));
    }

    @Test
    void refusesToPublishAnAdoptedTextNobodyHasSignedNamingBothSides() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.ADOPTED, ADOPTING))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("still missing: the worker side's chief representative and "
                        + "the platform side's chief representative"));
    }

    @Test
    void refusesToPublishAnAdoptedTextBeforeTheVotedTextIsRecorded() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(roundOpened(), commentPeriodStarted(), negotiationStarted(), votingOpened(),
                        new VotingClosed(ROUND, VOTING_ENDS, false),
                        new OutcomeDetermined(ROUND, PROPOSAL, Outcome.ADOPTED, ADOPTING, VoteRule.STATUTORY, 6, 5, 0,
                                VOTING_ENDS),
                        signedBy(Side.WORKERS), signedBy(Side.PLATFORM))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the voted text has not been recorded yet"));
    }

    @Test
    void aRejectionIsPublishedWithoutSignatures() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.REJECTED, REJECTING))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectEvents(new OutcomePublished(ROUND, PLATFORM, PROPOSAL, Outcome.REJECTED, REJECTING, 3,
                        List.of(SHORTER_ESTIMATE), EFFECTIVE, CONVENER, VOTING_ENDS));
    }

    @Test
    void aMissingQuorumIsPublishedEvenBeforeTheVotedTextIsKnown() {
        Tally fewBallots = new Tally(ELECTORATE, 2, 1, 0);
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(roundOpened(), commentPeriodStarted(), negotiationStarted(), votingOpened(),
                        new VotingClosed(ROUND, VOTING_ENDS, false),
                        new OutcomeDetermined(ROUND, PROPOSAL, Outcome.NO_QUORUM, fewBallots, VoteRule.STATUTORY, 6, 5,
                                0, VOTING_ENDS))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectEvents(new OutcomePublished(ROUND, PLATFORM, PROPOSAL, Outcome.NO_QUORUM, fewBallots, 0,
                        List.of(), null, CONVENER, VOTING_ENDS));
    }

    @Test
    void refusesToPublishTwice() {
        fixture.givenCurrentTime(VOTING_ENDS)
                .andGiven(closedWith(Outcome.REJECTED, REJECTING))
                .andGiven(new OutcomePublished(ROUND, PLATFORM, PROPOSAL, Outcome.REJECTED, REJECTING, 3,
                        List.of(SHORTER_ESTIMATE), EFFECTIVE, CONVENER, VOTING_ENDS))
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("this round is published now"));
    }

    @Test
    void refusesToPublishBeforeVotingCloses() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new PublishOutcome(ROUND, CONVENER))
                .expectException(DomainException.Conflict.class);
    }
}

package org.roundtable.proposal.command;

import static org.hamcrest.Matchers.containsString;
import static org.roundtable.proposal.command.ProposalSamples.BASE_FARE;
import static org.roundtable.proposal.command.ProposalSamples.EFFECTIVE;
import static org.roundtable.proposal.command.ProposalSamples.FOLLOW_UP;
import static org.roundtable.proposal.command.ProposalSamples.HR;
import static org.roundtable.proposal.command.ProposalSamples.PER_KM;
import static org.roundtable.proposal.command.ProposalSamples.PRICING;
import static org.roundtable.proposal.command.ProposalSamples.PROPOSAL;
import static org.roundtable.proposal.command.ProposalSamples.ROUND;
import static org.roundtable.proposal.command.ProposalSamples.drafted;
import static org.roundtable.proposal.command.ProposalSamples.locked;
import static org.roundtable.proposal.command.ProposalSamples.placed;
import static org.roundtable.proposal.command.ProposalSamples.submitted;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.roundtable.proposal.ProposalCommands.ReleaseFromConsultation;
import org.roundtable.proposal.ProposalEvents.ProposalReleasedFromConsultation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalCommands.LockForVote;
import org.roundtable.proposal.ProposalCommands.PlaceUnderConsultation;
import org.roundtable.proposal.ProposalCommands.UnlockAfterVote;
import org.roundtable.proposal.ProposalCommands.WithdrawProposal;
import org.roundtable.proposal.ProposalEvents.ProposalLockedForVote;
import org.roundtable.proposal.ProposalEvents.ProposalRevised;
import org.roundtable.proposal.ProposalEvents.ProposalUnlockedAfterVote;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.shared.DomainException;

/** A proposal under consultation: placed in a round, locked for its vote, unlocked after a failed vote, withdrawn. */
class ProposalConsultationTest {

    private AggregateTestFixture<ProposalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProposalAggregate.class);
        fixture.registerInjectableResource(new FakeRuleModels());
    }

    @Test
    void placesASubmittedProposalUnderARound() {
        fixture.given(drafted(), submitted())
                .when(new PlaceUnderConsultation(PROPOSAL, ROUND))
                .expectEvents(placed(ROUND));
    }

    @Test
    void refusesToPlaceADraftUnderConsultation() {
        fixture.given(drafted())
                .when(new PlaceUnderConsultation(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToPlaceAWithdrawnProposal() {
        fixture.given(drafted(), submitted(), new ProposalWithdrawn(PROPOSAL, "Dropped", HR, null))
                .when(new PlaceUnderConsultation(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondRoundWhileOneIsActive() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new PlaceUnderConsultation(PROPOSAL, FOLLOW_UP))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("round-1"))
                .expectNoEvents();
    }

    @Test
    void refusesToPlaceUnderTheSameRoundTwice() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new PlaceUnderConsultation(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void placesUnderAFollowUpRoundOnceTheFailedVoteUnlockedIt() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND),
                        new ProposalUnlockedAfterVote(PROPOSAL, ROUND))
                .when(new PlaceUnderConsultation(PROPOSAL, FOLLOW_UP))
                .expectEvents(placed(FOLLOW_UP));
    }

    @Test
    void refusesAFollowUpRoundWhileStillLockedForTheFirstVote() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(new PlaceUnderConsultation(PROPOSAL, FOLLOW_UP))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void releasesTheProposalWhenItsRoundIsCancelledBeforeVoting() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new ReleaseFromConsultation(PROPOSAL, ROUND))
                .expectEvents(new ProposalReleasedFromConsultation(PROPOSAL, ROUND));
    }

    @Test
    void placesUnderANewRoundOnceReleased() {
        fixture.given(drafted(), submitted(), placed(ROUND), new ProposalReleasedFromConsultation(PROPOSAL, ROUND))
                .when(new PlaceUnderConsultation(PROPOSAL, FOLLOW_UP))
                .expectEvents(placed(FOLLOW_UP));
    }

    @Test
    void refusesToReleaseFromARoundItIsNotUnder() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new ReleaseFromConsultation(PROPOSAL, FOLLOW_UP))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void locksTheCurrentRevisionForTheVoteOfItsRound() {
        ParameterChange higher = new ParameterChange(PRICING, "base fare", "3.5", "4.5", "CNY");
        fixture.given(drafted(), submitted(), placed(ROUND),
                        new ProposalRevised(PROPOSAL, 2, List.of(higher, PER_KM),
                                List.of(new RevisionDelta(PRICING, "base fare", "4.0", "4.5")), "Opinions", null, HR))
                .when(new LockForVote(PROPOSAL, ROUND))
                .expectEvents(new ProposalLockedForVote(PROPOSAL, ROUND, 2, List.of(higher, PER_KM), EFFECTIVE));
    }

    @Test
    void refusesToLockForARoundItIsNotUnder() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new LockForVote(PROPOSAL, FOLLOW_UP))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToLockAProposalNotUnderConsultation() {
        fixture.given(drafted(), submitted())
                .when(new LockForVote(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToLockTwice() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(new LockForVote(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToLockAWithdrawnProposal() {
        fixture.given(drafted(), submitted(), placed(ROUND), new ProposalWithdrawn(PROPOSAL, "Dropped", HR, ROUND))
                .when(new LockForVote(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void unlocksAfterAFailedVoteOfItsRound() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(new UnlockAfterVote(PROPOSAL, ROUND))
                .expectEvents(new ProposalUnlockedAfterVote(PROPOSAL, ROUND));
    }

    @Test
    void refusesToUnlockForAnotherRound() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(new UnlockAfterVote(PROPOSAL, FOLLOW_UP))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToUnlockWhatIsNotLocked() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND), new ProposalUnlockedAfterVote(PROPOSAL, ROUND))
                .when(new UnlockAfterVote(PROPOSAL, ROUND))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void withdrawsADraft() {
        fixture.given(drafted())
                .when(new WithdrawProposal(PROPOSAL, "Not needed any more", HR))
                .expectEvents(new ProposalWithdrawn(PROPOSAL, "Not needed any more", HR, null));
    }

    @Test
    void withdrawsUnderConsultationNamingTheRound() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new WithdrawProposal(PROPOSAL, "Market changed", HR))
                .expectEvents(new ProposalWithdrawn(PROPOSAL, "Market changed", HR, ROUND));
    }

    @Test
    void refusesToWithdrawOnceLockedForVote() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(new WithdrawProposal(PROPOSAL, "Losing the vote", HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToWithdrawTwice() {
        fixture.given(drafted(), new ProposalWithdrawn(PROPOSAL, "Not needed", HR, null))
                .when(new WithdrawProposal(PROPOSAL, "Still not needed", HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesAWithdrawalWithoutAReason() {
        fixture.given(drafted(), submitted())
                .when(new WithdrawProposal(PROPOSAL, " ", HR))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    @Test
    void locksRevisionOneWhenNothingWasRevised() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new LockForVote(PROPOSAL, ROUND))
                .expectEvents(new ProposalLockedForVote(PROPOSAL, ROUND, 1, List.of(BASE_FARE, PER_KM), EFFECTIVE));
    }
}

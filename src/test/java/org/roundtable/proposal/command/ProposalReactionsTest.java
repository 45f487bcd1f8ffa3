package org.roundtable.proposal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.roundtable.proposal.command.ProposalSamples.BASE_FARE;
import static org.roundtable.proposal.command.ProposalSamples.FOLLOW_UP;
import static org.roundtable.proposal.command.ProposalSamples.PLATFORM;
import static org.roundtable.proposal.command.ProposalSamples.PROPOSAL;
import static org.roundtable.proposal.command.ProposalSamples.ROUND;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.proposal.ProposalCommands.LockForVote;
import org.roundtable.proposal.ProposalCommands.PlaceUnderConsultation;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.proposal.ProposalCommands.UnlockAfterVote;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundCommands.RecordAmendmentNotApplied;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.roundtable.round.RoundEvents.OutcomeDetermined;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.DomainException;

/** What the proposal does when the consultation round moves on. */
class ProposalReactionsTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");
    private static final PersonId CONVENER = PersonId.of("p-convener");

    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        gateway = mock(CommandGateway.class);
        when(gateway.send(any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void locksTheProposalWhenVotingOpens() {
        new WhenVotingOpensThenLockProposal(gateway)
                .on(new VotingOpened(ROUND, PROPOSAL, NOW, NOW.plusSeconds(86_400), 9, CONVENER));

        verify(gateway).send(new LockForVote(PROPOSAL, ROUND));
    }

    @Test
    void placesTheProposalUnderAFirstRound() {
        new WhenRoundOpensThenPlaceProposal(gateway).on(roundOpened(ROUND, null));

        verify(gateway).send(new PlaceUnderConsultation(PROPOSAL, ROUND));
    }

    @Test
    void releasesThePreviousVoteThenPlacesTheProposalUnderAFollowUpRound() {
        new WhenRoundOpensThenPlaceProposal(gateway).on(roundOpened(FOLLOW_UP, ROUND));

        InOrder order = inOrder(gateway);
        order.verify(gateway).send(new UnlockAfterVote(PROPOSAL, ROUND));
        order.verify(gateway).send(new PlaceUnderConsultation(PROPOSAL, FOLLOW_UP));
    }

    @Test
    void placesUnderAFollowUpRoundEvenWhenThePreviousVoteWasAlreadyReleased() {
        when(gateway.send(new UnlockAfterVote(PROPOSAL, ROUND)))
                .thenReturn(CompletableFuture.failedFuture(new DomainException.Conflict("nothing to unlock")));

        new WhenRoundOpensThenPlaceProposal(gateway).on(roundOpened(FOLLOW_UP, ROUND));

        verify(gateway).send(new PlaceUnderConsultation(PROPOSAL, FOLLOW_UP));
    }

    @Test
    void ignoresARoundOpenedWithoutAProposal() {
        RoundOpened requested = new RoundOpened(ROUND, PLATFORM, null, ElectorateKind.REPRESENTATIVES, 9, "digest",
                NOW, NOW.plusSeconds(604_800), VoteRule.STATUTORY, null, CONVENER, NOW);

        new WhenRoundOpensThenPlaceProposal(gateway).on(requested);

        verifyNoInteractions(gateway);
    }

    @Test
    void revisesTheProposalWithAnAcceptedAmendment() {
        AmendmentId amendment = AmendmentId.of("am-3");
        PersonId hr = PersonId.of("p-hr-2");

        new WhenAmendmentAcceptedThenReviseProposal(gateway).on(new AmendmentAccepted(ROUND, amendment, PROPOSAL,
                List.of(BASE_FARE), "it is fair", hr, NOW));

        verify(gateway).sendAndWait(new ReviseProposal(PROPOSAL, List.of(BASE_FARE),
                "Amendment am-3 accepted: it is fair", amendment, hr));
        verifyNoMoreInteractions(gateway);
    }

    @Test
    void whenTheProposalRefusesTheRevisionTheRoundRecordsTheAmendmentAsNotApplied() {
        AmendmentId amendment = AmendmentId.of("am-3");
        when(gateway.sendAndWait(any(ReviseProposal.class)))
                .thenThrow(new DomainException.Invalid("commission_rate must be below 100%"));

        new WhenAmendmentAcceptedThenReviseProposal(gateway).on(new AmendmentAccepted(ROUND, amendment, PROPOSAL,
                List.of(BASE_FARE), "it is fair", PersonId.of("p-hr"), NOW));

        verify(gateway).sendAndWait(new RecordAmendmentNotApplied(ROUND, amendment,
                "commission_rate must be below 100%"));
    }

    @Test
    void anAmendmentAlreadyRecordedAsNotAppliedIsLeftAsItIs() {
        AmendmentId amendment = AmendmentId.of("am-3");
        when(gateway.sendAndWait(any(ReviseProposal.class)))
                .thenThrow(new DomainException.Conflict("proposal prop-1 is locked for the vote"));
        when(gateway.sendAndWait(any(RecordAmendmentNotApplied.class)))
                .thenThrow(new DomainException.Conflict("already recorded as not applied"));

        new WhenAmendmentAcceptedThenReviseProposal(gateway).on(new AmendmentAccepted(ROUND, amendment, PROPOSAL,
                List.of(BASE_FARE), null, PersonId.of("p-hr"), NOW));

        verify(gateway).sendAndWait(any(RecordAmendmentNotApplied.class));
    }

    @Test
    void aFailureThatIsNotARefusalIsRetriedRatherThanRecorded() {
        when(gateway.sendAndWait(any(ReviseProposal.class))).thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> new WhenAmendmentAcceptedThenReviseProposal(gateway).on(new AmendmentAccepted(
                ROUND, AmendmentId.of("am-3"), PROPOSAL, List.of(BASE_FARE), null, PersonId.of("p-hr"), NOW)))
                .hasMessage("database down");
        verify(gateway, never()).sendAndWait(any(RecordAmendmentNotApplied.class));
    }

    @Test
    void shortensAnOverlongAmendmentReasonToFitARevision() {
        AmendmentAccepted accepted = new AmendmentAccepted(ROUND, AmendmentId.of("am-3"), PROPOSAL,
                List.of(BASE_FARE), "x".repeat(10_000), PersonId.of("p-hr"), NOW);

        assertThat(WhenAmendmentAcceptedThenReviseProposal.reason(accepted)).hasSize(10_000)
                .startsWith("Amendment am-3 accepted: xxx");
    }

    @Test
    void unlocksTheProposalWhenTheVoteIsRejectedOrWithoutQuorum() {
        WhenVoteFailsThenUnlockProposal reaction = new WhenVoteFailsThenUnlockProposal(gateway);

        reaction.on(outcome(ROUND, Outcome.REJECTED));
        reaction.on(outcome(FOLLOW_UP, Outcome.NO_QUORUM));

        verify(gateway).send(new UnlockAfterVote(PROPOSAL, ROUND));
        verify(gateway).send(new UnlockAfterVote(PROPOSAL, FOLLOW_UP));
    }

    @Test
    void keepsAnAdoptedProposalLocked() {
        new WhenVoteFailsThenUnlockProposal(gateway).on(outcome(ROUND, Outcome.ADOPTED));

        verifyNoInteractions(gateway);
    }

    private static RoundOpened roundOpened(RoundId round, RoundId previous) {
        return new RoundOpened(round, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, 9, "digest", NOW,
                NOW.plusSeconds(604_800), VoteRule.STATUTORY, previous, CONVENER, NOW);
    }

    private static OutcomeDetermined outcome(RoundId round, Outcome outcome) {
        return new OutcomeDetermined(round, PROPOSAL, outcome, new Tally(9, 3, 3, 0), VoteRule.STATUTORY, 6, 5, 1, NOW);
    }
}

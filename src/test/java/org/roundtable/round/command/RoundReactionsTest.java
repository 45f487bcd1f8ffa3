package org.roundtable.round.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.proposal.ProposalEvents.ProposalLockedForVote;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.roundtable.round.RoundCommands.CancelRound;
import org.roundtable.round.RoundCommands.OpenFollowUpRound;
import org.roundtable.round.RoundCommands.RecordVotedText;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.DomainException;

/** The round's reactions turn other facts into the round's commands. */
class RoundReactionsTest extends RoundFixtureTest {

    private final CommandGateway gateway = mock(CommandGateway.class);

    @Test
    void aReturnedRoundOpensItsFollowUpRound() {
        new WhenReturnedToNegotiationThenOpenFollowUpRound(gateway).on(FollowUpAndCancellationTest.returned());

        verify(gateway).sendAndWait(new OpenFollowUpRound(FOLLOW_UP, ROUND, PLATFORM, PROPOSAL,
                ElectorateKind.REPRESENTATIVES, VoteRule.STATUTORY));
    }

    @Test
    void aLockedProposalRecordsTheVotedTextInItsRound() {
        new WhenProposalLockedThenRecordVotedText(gateway)
                .on(new ProposalLockedForVote(PROPOSAL, ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE));

        verify(gateway).sendAndWait(new RecordVotedText(ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE));
    }

    @Test
    void aVotedTextAlreadyRecordedIsNotAnError() {
        when(gateway.sendAndWait(any())).thenThrow(new DomainException.Conflict("already recorded"));

        new WhenProposalLockedThenRecordVotedText(gateway)
                .on(new ProposalLockedForVote(PROPOSAL, ROUND, 3, List.of(SHORTER_ESTIMATE), EFFECTIVE));

        verify(gateway).sendAndWait(any());
    }

    @Test
    void aWithdrawnProposalCancelsItsRound() {
        new WhenProposalWithdrawnThenCancelRound(gateway)
                .on(new ProposalWithdrawn(PROPOSAL, "replaced by a new draft", HR, ROUND));

        verify(gateway).sendAndWait(new CancelRound(ROUND, "proposal withdrawn: replaced by a new draft", HR));
    }

    @Test
    void aProposalWithdrawnOutsideAnyRoundCancelsNothing() {
        new WhenProposalWithdrawnThenCancelRound(gateway).on(new ProposalWithdrawn(PROPOSAL, "never mind", HR, null));

        verifyNoInteractions(gateway);
    }

    @Test
    void aVeryLongWithdrawalReasonIsShortenedToFitTheRound() {
        String reason = WhenProposalWithdrawnThenCancelRound.reason(
                new ProposalWithdrawn(PROPOSAL, "x".repeat(10_000), HR, ROUND));

        assertThat(reason).startsWith("proposal withdrawn: xxx").hasSize(ConsultationRoundAggregate.MAX_TEXT);
    }
}

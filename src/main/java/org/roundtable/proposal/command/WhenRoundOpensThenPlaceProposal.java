package org.roundtable.proposal.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalCommands.PlaceUnderConsultation;
import org.roundtable.proposal.ProposalCommands.UnlockAfterVote;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a round opens on a proposal, the proposal is placed under that round. A follow-up round
 * (one returned to negotiation after a failed vote) first makes sure the previous round's vote
 * lock is released (it may already be, by {@link WhenVoteFailsThenUnlockProposal}), then places
 * the proposal under the new round.
 */
@Component
@ProcessingGroup("proposal-place-under-consultation")
@DisallowReplay
class WhenRoundOpensThenPlaceProposal {

    private static final Logger log = LoggerFactory.getLogger(WhenRoundOpensThenPlaceProposal.class);

    private final CommandGateway commandGateway;

    WhenRoundOpensThenPlaceProposal(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(RoundOpened event) {
        if (event.proposalId() == null) {
            return;
        }
        PlaceUnderConsultation place = new PlaceUnderConsultation(event.proposalId(), event.roundId());
        String placing = "Placing proposal " + event.proposalId() + " under round " + event.roundId();
        if (event.previousRoundId() == null) {
            Refusals.logged(commandGateway.send(place), log, placing);
            return;
        }
        UnlockAfterVote unlock = new UnlockAfterVote(event.proposalId(), event.previousRoundId());
        Refusals.logged(commandGateway.send(unlock), log,
                        "Unlocking proposal " + event.proposalId() + " after round " + event.previousRoundId())
                .thenCompose(unlocked -> Refusals.logged(commandGateway.send(place), log, placing));
    }
}

package org.roundtable.proposal.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalCommands.UnlockAfterVote;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OutcomeDetermined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** When a vote does not adopt the proposal (rejected or no quorum), the proposal may be revised again. */
@Component
@ProcessingGroup("proposal-unlock-after-vote")
@DisallowReplay
class WhenVoteFailsThenUnlockProposal {

    private static final Logger log = LoggerFactory.getLogger(WhenVoteFailsThenUnlockProposal.class);

    private final CommandGateway commandGateway;

    WhenVoteFailsThenUnlockProposal(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(OutcomeDetermined event) {
        if (event.outcome() == Outcome.ADOPTED) {
            return;
        }
        Refusals.logged(commandGateway.send(new UnlockAfterVote(event.proposalId(), event.roundId())), log,
                "Unlocking proposal " + event.proposalId() + " after the " + event.outcome() + " vote of round "
                        + event.roundId());
    }
}

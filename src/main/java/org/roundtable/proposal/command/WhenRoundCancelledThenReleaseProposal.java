package org.roundtable.proposal.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalCommands.ReleaseFromConsultation;
import org.roundtable.round.RoundEvents.RoundCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a round ends before voting, its proposal is released so that another round can take it. A
 * round cancelled because the proposal was withdrawn is refused here, harmlessly, and logged.
 */
@Component
@ProcessingGroup("proposal-release-on-cancel")
@DisallowReplay
class WhenRoundCancelledThenReleaseProposal {

    private static final Logger log = LoggerFactory.getLogger(WhenRoundCancelledThenReleaseProposal.class);

    private final CommandGateway commandGateway;

    WhenRoundCancelledThenReleaseProposal(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(RoundCancelled event) {
        if (event.proposalId() == null) {
            return;
        }
        Refusals.logged(commandGateway.send(new ReleaseFromConsultation(event.proposalId(), event.roundId())), log,
                "Releasing proposal " + event.proposalId() + " from cancelled round " + event.roundId());
    }
}

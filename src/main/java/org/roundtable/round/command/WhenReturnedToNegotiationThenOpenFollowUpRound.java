package org.roundtable.round.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.round.RoundCommands.OpenFollowUpRound;
import org.roundtable.round.RoundEvents.ReturnedToNegotiation;
import org.springframework.stereotype.Component;

/** A round returned to negotiation goes on in its follow-up round, which starts in negotiation. */
@Component
@ProcessingGroup("round-follow-up")
@DisallowReplay
class WhenReturnedToNegotiationThenOpenFollowUpRound {

    private final CommandGateway commandGateway;

    WhenReturnedToNegotiationThenOpenFollowUpRound(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ReturnedToNegotiation event) {
        commandGateway.sendAndWait(new OpenFollowUpRound(event.followUpRoundId(), event.roundId(),
                event.platformId(), event.proposalId(), event.electorateKind(), event.voteRule()));
    }
}

package org.roundtable.round.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.roundtable.round.RoundCommands.CancelRound;
import org.roundtable.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A proposal withdrawn while under consultation ends its round. */
@Component
@ProcessingGroup("round-withdrawal")
@DisallowReplay
class WhenProposalWithdrawnThenCancelRound {

    private static final Logger log = LoggerFactory.getLogger(WhenProposalWithdrawnThenCancelRound.class);

    private final CommandGateway commandGateway;

    WhenProposalWithdrawnThenCancelRound(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ProposalWithdrawn event) {
        if (event.roundId() == null) {
            return;
        }
        try {
            commandGateway.sendAndWait(new CancelRound(event.roundId(), reason(event), event.withdrawnBy()));
        } catch (DomainException.Conflict roundAlreadyOver) {
            log.info("round {} was not cancelled after its proposal {} was withdrawn: {}", event.roundId(),
                    event.proposalId(), roundAlreadyOver.getMessage());
        }
    }

    /** The round's reason quotes the withdrawal's, shortened to fit a round's reason if need be. */
    static String reason(ProposalWithdrawn event) {
        String reason = "proposal withdrawn: " + event.reason();
        return reason.length() <= ConsultationRoundAggregate.MAX_TEXT
                ? reason
                : reason.substring(0, ConsultationRoundAggregate.MAX_TEXT - 1) + "…";
    }
}

package org.roundtable.proposal.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** When platform HR accepts an amendment, its changes become the proposal's next revision. */
@Component
@ProcessingGroup("proposal-revise-on-amendment")
@DisallowReplay
class WhenAmendmentAcceptedThenReviseProposal {

    private static final Logger log = LoggerFactory.getLogger(WhenAmendmentAcceptedThenReviseProposal.class);
    private static final int MAX_REASON = 10_000;

    private final CommandGateway commandGateway;

    WhenAmendmentAcceptedThenReviseProposal(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(AmendmentAccepted event) {
        String what = "Revising proposal " + event.proposalId() + " for amendment " + event.amendmentId();
        ReviseProposal revise;
        try {
            revise = new ReviseProposal(event.proposalId(), event.changes(), reason(event), event.amendmentId(),
                    event.acceptedBy());
        } catch (IllegalArgumentException malformed) {
            log.warn("{} is impossible: {}", what, malformed.getMessage());
            return;
        }
        Refusals.logged(commandGateway.send(revise), log, what);
    }

    static String reason(AmendmentAccepted event) {
        String reason = "Amendment " + event.amendmentId() + " accepted: " + event.reason();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}

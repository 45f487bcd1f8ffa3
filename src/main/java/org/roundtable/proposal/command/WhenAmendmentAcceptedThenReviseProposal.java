package org.roundtable.proposal.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.round.RoundCommands.RecordAmendmentNotApplied;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.roundtable.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When platform HR accepts an amendment, its changes become the proposal's next revision. When the
 * proposal refuses that revision (for example, the new values would make a rule's model invalid),
 * the round records that the amendment was not applied, and why: nothing accepted is lost silently.
 * A failure that is not a refusal propagates, so the event is retried rather than dropped.
 */
@Component
@ProcessingGroup("proposal-revise-on-amendment")
@DisallowReplay
class WhenAmendmentAcceptedThenReviseProposal {

    private static final Logger log = LoggerFactory.getLogger(WhenAmendmentAcceptedThenReviseProposal.class);
    private static final int MAX_REASON = 10_000;
    /** The round keeps reasons of at most this many characters. */
    private static final int MAX_REFUSAL = 5_000;

    private final CommandGateway commandGateway;

    WhenAmendmentAcceptedThenReviseProposal(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(AmendmentAccepted event) {
        try {
            commandGateway.sendAndWait(new ReviseProposal(event.proposalId(), event.changes(), reason(event),
                    event.amendmentId(), event.acceptedBy()));
        } catch (DomainException | IllegalArgumentException refused) {
            log.info("Proposal {} refused the revision for amendment {}: {}", event.proposalId(),
                    event.amendmentId(), refused.getMessage());
            recordNotApplied(event, refused.getMessage());
        }
    }

    private void recordNotApplied(AmendmentAccepted event, String refusal) {
        try {
            commandGateway.sendAndWait(new RecordAmendmentNotApplied(event.roundId(), event.amendmentId(),
                    shortened(refusal == null || refusal.isBlank() ? "the proposal refused the revision" : refusal,
                            MAX_REFUSAL)));
        } catch (DomainException.Conflict alreadyRecorded) {
            log.info("Round {} did not record amendment {} as not applied: {}", event.roundId(),
                    event.amendmentId(), alreadyRecorded.getMessage());
        }
    }

    static String reason(AmendmentAccepted event) {
        return shortened("Amendment " + event.amendmentId() + " accepted: " + event.reason(), MAX_REASON);
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

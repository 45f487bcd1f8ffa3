package org.roundtable.round.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalEvents.ProposalLockedForVote;
import org.roundtable.round.RoundCommands.RecordVotedText;
import org.roundtable.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Once the proposal is locked for the vote, the round records which revision is being voted on. */
@Component
@ProcessingGroup("round-voted-text")
@DisallowReplay
class WhenProposalLockedThenRecordVotedText {

    private static final Logger log = LoggerFactory.getLogger(WhenProposalLockedThenRecordVotedText.class);

    private final CommandGateway commandGateway;

    WhenProposalLockedThenRecordVotedText(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ProposalLockedForVote event) {
        try {
            commandGateway.sendAndWait(new RecordVotedText(event.roundId(), event.revision(), event.changes(),
                    event.effectiveDate()));
        } catch (DomainException.Conflict alreadyRecorded) {
            log.info("round {} did not record voted revision {}: {}", event.roundId(), event.revision(),
                    alreadyRecorded.getMessage());
        }
    }
}

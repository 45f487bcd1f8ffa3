package org.roundtable.proposal.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ProposalCommands.LockForVote;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** When voting opens in a round, the proposal's current revision becomes the one voted on. */
@Component
@ProcessingGroup("proposal-lock-for-vote")
@DisallowReplay
class WhenVotingOpensThenLockProposal {

    private static final Logger log = LoggerFactory.getLogger(WhenVotingOpensThenLockProposal.class);

    private final CommandGateway commandGateway;

    WhenVotingOpensThenLockProposal(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(VotingOpened event) {
        Refusals.logged(commandGateway.send(new LockForVote(event.proposalId(), event.roundId())), log,
                "Locking proposal " + event.proposalId() + " for the vote of round " + event.roundId());
    }
}

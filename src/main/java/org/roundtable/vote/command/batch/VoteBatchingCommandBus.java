package org.roundtable.vote.command.batch;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.roundtable.vote.VoteCommands.CastVote;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Axon's local command bus, except that {@link CastVote} goes to the group-committing
 * {@link VoteBatcher} instead of one transaction per command. Dispatch interceptors and spans apply
 * to every command as before; the answer reaches the sender's callback once the vote's group has
 * committed (or refused it), so {@code sendAndWait} returns the receipt only for a durable vote.
 */
class VoteBatchingCommandBus extends SimpleCommandBus {

    private final ObjectProvider<VoteBatcher> batcher;

    VoteBatchingCommandBus(Builder builder, ObjectProvider<VoteBatcher> batcher) {
        super(builder);
        this.batcher = batcher;
    }

    @Override
    protected <C, R> void doDispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        if (command.getPayload() instanceof CastVote vote) {
            batcher.getObject().submit(new PendingVote(command, vote, answer -> callback.onResult(command,
                    answer instanceof Throwable refusal
                            ? GenericCommandResultMessage.asCommandResultMessage(refusal)
                            : GenericCommandResultMessage.asCommandResultMessage(answer))));
        } else {
            super.doDispatch(command, callback);
        }
    }
}

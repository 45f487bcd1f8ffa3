package org.roundtable.vote.command.batch;

import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandMessage;
import org.roundtable.vote.VoteCommands.CastVote;

/**
 * A vote waiting for the next group commit: the command as dispatched and how to answer its sender.
 * {@code answer} receives the recorded {@code VoteCast} or the refusal, once and only once.
 */
record PendingVote(CommandMessage<?> message, CastVote vote, Consumer<Object> answer) {
}

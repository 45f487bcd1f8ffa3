package org.roundtable.vote.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.platform.Electorates;
import org.roundtable.round.RoundId;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.roundtable.vote.VoteEvents.VoteCast;

/**
 * One voter's ballot in one round. The id is the round and the voter's pseudonym, so the event
 * store holds at most one ballot stream per voter per round. A voter may cast again while voting
 * is open: the last ballot counts, and each ballot, even one repeating the same choice, gets a
 * fresh receipt and names the receipt it replaces.
 */
@Aggregate
class WorkerVoteAggregate {

    @AggregateIdentifier
    private BallotId ballotId;
    private String receipt;

    WorkerVoteAggregate() {
        // for Axon: a ballot is created by the first CastVote
    }

    /** Answers with the recorded fact, so the voter learns their receipt. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    VoteCast handle(CastVote command, Electorates electorates, VotingGate votingGate, Pseudonyms pseudonyms) {
        RoundId roundId = command.ballotId().roundId();
        Instant now = GenericEventMessage.clock.instant();
        votingGate.assertOpen(roundId, now);
        assertInElectorate(electorates, command);
        assertOwnBallot(pseudonyms, command);
        VoteCast cast = new VoteCast(command.ballotId(), roundId, command.choice(), Receipts.next(), receipt, now);
        apply(cast);
        return cast;
    }

    private static void assertInElectorate(Electorates electorates, CastVote command) {
        RoundId roundId = command.ballotId().roundId();
        if (!electorates.includes(roundId, command.voterId())) {
            throw BallotRules.notInElectorate(roundId);
        }
    }

    private static void assertOwnBallot(Pseudonyms pseudonyms, CastVote command) {
        if (!pseudonyms.ballotOf(command.ballotId().roundId(), command.voterId()).equals(command.ballotId())) {
            throw BallotRules.notYourBallot();
        }
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        ballotId = event.ballotId();
        receipt = event.receipt();
    }
}

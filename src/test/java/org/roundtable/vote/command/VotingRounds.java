package org.roundtable.vote.command;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.RoundEvents;
import org.roundtable.round.RoundId;
import org.roundtable.vote.BallotBox;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays the part of the round feature in Spring tests: appends a round's events to the real event
 * store, in one transaction with the write-side tables, as the ConsultationRound aggregate does.
 */
public final class VotingRounds {

    private static final PersonId CONVENER = PersonId.of("convener");

    private final EventStore events;
    private final Electorates electorates;
    private final BallotBox ballotBox;
    private final TransactionTemplate transaction;
    private final Map<RoundId, Long> nextSequence = new HashMap<>();

    public VotingRounds(EventStore events, Electorates electorates, BallotBox ballotBox,
                        TransactionTemplate transaction) {
        this.events = events;
        this.electorates = electorates;
        this.ballotBox = ballotBox;
        this.transaction = transaction;
    }

    /** A round in negotiation: it exists, its electorate (the platform's workers) is frozen, voting is not open. */
    public void negotiate(RoundId round, PlatformId platform) {
        transaction.executeWithoutResult(status -> {
            electorates.freeze(round, platform, ElectorateKind.ALL_WORKERS);
            append(round, new RoundEvents.NegotiationStarted(round, Instant.now()));
        });
    }

    /** Opens voting with the given window, as the round's VotingOpened does. */
    public void openVoting(RoundId round, Instant opensAt, Instant closesAt) {
        transaction.executeWithoutResult(status -> append(round, new RoundEvents.VotingOpened(round,
                ProposalId.of("prop-" + round.value()), opensAt, closesAt, 0, CONVENER)));
    }

    /** Closes voting: counts the ballot box and records VotingClosed in one transaction. */
    public BallotBox.Count closeVoting(RoundId round) {
        return transaction.execute(status -> {
            BallotBox.Count count = ballotBox.closeAndCount(round);
            append(round, new RoundEvents.VotingClosed(round, Instant.now(), false));
            return count;
        });
    }

    private void append(RoundId round, RoundEvents event) {
        long sequence = nextSequence.merge(round, 1L, Long::sum) - 1;
        events.publish(new GenericDomainEventMessage<>("ConsultationRound", round.value(), sequence, event));
    }
}

package org.roundtable.publication.live;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.publication.RoundPhases;
import org.roundtable.publication.live.LiveEvents.PhaseNow;
import org.roundtable.round.RoundEvents;
import org.roundtable.round.RoundEvents.VotingClosed;
import org.roundtable.shared.axon.WithoutSavepoint;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.springframework.stereotype.Component;

/**
 * Forwards what happens to rounds to the round pages open on this node: every phase change as it
 * happens, and the participation count (debounced). Each node tracks the events itself from the
 * moment it starts (an in-memory token from the head of the stream, see {@link LiveConfiguration}),
 * so every node serves its own streams; nothing here is replayed.
 */
@Component
@ProcessingGroup(LiveRoundForwarder.GROUP)
@DisallowReplay
@WithoutSavepoint
class LiveRoundForwarder {

    static final String GROUP = "publication-live";

    private final RoundStreams streams;
    private final ParticipationCounts participation;

    LiveRoundForwarder(RoundStreams streams, ParticipationCounts participation) {
        this.streams = streams;
        this.participation = participation;
    }

    @EventHandler
    void on(RoundEvents event, @Timestamp Instant at) {
        if (!streams.listening(event.roundId())) {
            return;
        }
        RoundPhases.after(event).ifPresent(phase -> streams.broadcast(event.roundId(), LiveEvents.PHASE,
                new PhaseNow(event.roundId(), phase, event.getClass().getSimpleName(), at)));
        if (event instanceof VotingClosed) {
            participation.changed(event.roundId());
        }
    }

    /**
     * Every ballot passes here; its round is read from the ballot stream's id (roundId:pseudonym),
     * so the ballot itself is never deserialized for a count.
     */
    @EventHandler(payloadType = VoteCast.class)
    void on(DomainEventMessage<?> ballot) {
        participation.changed(BallotId.parse(ballot.getAggregateIdentifier()).roundId());
    }
}

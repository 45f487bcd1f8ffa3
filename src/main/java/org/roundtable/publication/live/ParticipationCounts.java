package org.roundtable.publication.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.publication.live.LiveEvents.ParticipationNow;
import org.roundtable.round.RoundId;
import org.roundtable.vote.query.BallotQueries.FindParticipation;
import org.roundtable.vote.query.ParticipationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The participation count of rounds with open pages, sent at most once per debounce interval per
 * round and only when it changed. The count is the vote feature's public one; since that read model
 * may trail the ballots by a moment, a round keeps being checked for a few seconds after its last ballot.
 */
@Component
class ParticipationCounts {

    private static final Logger log = LoggerFactory.getLogger(ParticipationCounts.class);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final Map<RoundId, Watch> watched = new ConcurrentHashMap<>();
    private final RoundStreams streams;
    private final QueryGateway queries;
    private final Duration debounce;
    private final Clock clock;

    ParticipationCounts(RoundStreams streams, QueryGateway queries, PublicationSettings settings) {
        this.streams = streams;
        this.queries = queries;
        this.debounce = settings.live().debounce();
        this.clock = Clock.systemUTC();
    }

    /** A ballot was cast (or voting closed) in the round: its count may have changed. */
    void changed(RoundId roundId) {
        Instant until = clock.instant().plus(SETTLE);
        watched.merge(roundId, new Watch(until, null, -1), (old, fresh) -> new Watch(until, old.checkedAt(), old.sent()));
    }

    @Scheduled(fixedDelayString = "${roundtable.publication.live.participation-check:200ms}")
    void send() {
        Instant now = clock.instant();
        watched.forEach((roundId, watch) -> {
            if (now.isAfter(watch.until()) || !streams.listening(roundId)) {
                watched.remove(roundId, watch);
                return;
            }
            if (watch.checkedAt() != null && now.isBefore(watch.checkedAt().plus(debounce))) {
                return;
            }
            long ballots = count(roundId);
            if (ballots >= 0 && ballots != watch.sent()) {
                streams.broadcast(roundId, LiveEvents.PARTICIPATION, new ParticipationNow(roundId, ballots));
            }
            watched.replace(roundId, watch, new Watch(watch.until(), now, ballots >= 0 ? ballots : watch.sent()));
        });
    }

    /** The public count, or -1 when it cannot be read right now. */
    long count(RoundId roundId) {
        try {
            ParticipationView view = queries.query(new FindParticipation(roundId),
                    ResponseTypes.instanceOf(ParticipationView.class)).join();
            return view == null ? -1 : view.ballots();
        } catch (RuntimeException e) {
            log.debug("no participation count for round {} yet: {}", roundId, e.getMessage());
            return -1;
        }
    }

    private record Watch(Instant until, Instant checkedAt, long sent) {
    }
}

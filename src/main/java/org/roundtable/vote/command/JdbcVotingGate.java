package org.roundtable.vote.command;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.round.RoundId;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The voting gate over the {@code vote_gate} table. A ballot reads its round's row with a shared
 * lock ({@code FOR SHARE} on PostgreSQL; H2 knows only {@code FOR UPDATE}, so there ballots of one
 * round take turns), which the closing count's exclusive lock waits for and then blocks.
 */
@Component
class JdbcVotingGate implements VotingGate {

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private volatile String sharedLock;

    JdbcVotingGate(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Window> window(RoundId roundId) {
        return jdbc.query("SELECT opens_at, closes_at, state FROM vote_gate WHERE round_id = ? " + sharedLock(),
                (row, n) -> new Window(instant(row.getObject(1, OffsetDateTime.class)),
                        instant(row.getObject(2, OffsetDateTime.class)), "CLOSED".equals(row.getString(3))),
                roundId.value()).stream().findFirst();
    }

    @Override
    public boolean roundExists(RoundId roundId) {
        return eventStore.lastSequenceNumberFor(roundId.value()).isPresent();
    }

    private String sharedLock() {
        if (sharedLock == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            sharedLock = "H2".equalsIgnoreCase(product) ? "FOR UPDATE" : "FOR SHARE";
        }
        return sharedLock;
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp.toInstant();
    }
}

package org.roundtable.vote.command;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens a round's voting gate in the same transaction that records {@link VotingOpened}. Runs in
 * the subscribing processor "vote-gate"; it is part of the write model, not a projection, so it
 * is never replayed. Closing the gate is the ballot box's job.
 */
@Component
@ProcessingGroup("vote-gate")
class VotingGateKeeper {

    private final JdbcTemplate jdbc;

    VotingGateKeeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VotingOpened event) {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM vote_gate WHERE round_id = ?", Integer.class,
                event.roundId().value());
        if (existing != null && existing == 0) {
            jdbc.update("INSERT INTO vote_gate (round_id, opens_at, closes_at, state) VALUES (?, ?, ?, 'OPEN')",
                    event.roundId().value(), utc(event.opensAt()), utc(event.closesAt()));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package org.roundtable.vote.command;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.round.RoundId;
import org.roundtable.vote.BallotBox;
import org.roundtable.vote.Choice;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ballot box over the {@code ballot} table: one row per pseudonym holding its last ballot,
 * written by the subscribing processor "ballot-box" in the transaction of each {@link VoteCast}.
 * Closing takes the round's gate row exclusively (waiting for ballots holding it shared), marks
 * it closed so later ballots are refused, and counts the rows.
 */
@Component
@ProcessingGroup("ballot-box")
class JdbcBallotBox implements BallotBox {

    private final JdbcTemplate jdbc;

    JdbcBallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VoteCast event) {
        OffsetDateTime castAt = event.castAt().atOffset(ZoneOffset.UTC);
        int updated = jdbc.update("UPDATE ballot SET choice = ?, receipt = ?, cast_at = ? "
                        + "WHERE round_id = ? AND pseudonym = ?",
                event.choice().name(), event.receipt(), castAt, event.roundId().value(), event.ballotId().pseudonym());
        if (updated == 0) {
            jdbc.update("INSERT INTO ballot (round_id, pseudonym, choice, receipt, cast_at) VALUES (?, ?, ?, ?, ?)",
                    event.roundId().value(), event.ballotId().pseudonym(), event.choice().name(), event.receipt(),
                    castAt);
        }
    }

    @Override
    public Count closeAndCount(RoundId roundId) {
        boolean opened = !jdbc.queryForList("SELECT state FROM vote_gate WHERE round_id = ? FOR UPDATE", String.class,
                roundId.value()).isEmpty();
        if (!opened) {
            return new Count(0, 0, 0);
        }
        jdbc.update("UPDATE vote_gate SET state = 'CLOSED' WHERE round_id = ?", roundId.value());
        long[] counts = new long[Choice.values().length];
        jdbc.query("SELECT choice, count(*) FROM ballot WHERE round_id = ? GROUP BY choice",
                row -> {
                    counts[Choice.valueOf(row.getString(1)).ordinal()] = row.getLong(2);
                }, roundId.value());
        return new Count(counts[Choice.FOR.ordinal()], counts[Choice.AGAINST.ordinal()],
                counts[Choice.ABSTAIN.ordinal()]);
    }

    @Override
    public long participation(RoundId roundId) {
        Long ballots = jdbc.queryForObject("SELECT count(*) FROM ballot WHERE round_id = ?", Long.class,
                roundId.value());
        return ballots == null ? 0 : ballots;
    }
}

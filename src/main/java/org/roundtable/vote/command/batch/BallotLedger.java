package org.roundtable.vote.command.batch;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roundtable.round.RoundId;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and keeps, for many ballots at once, what the writer needs: the last sequence number of
 * each ballot stream (from the event store) and its current receipt (from the {@code ballot} table,
 * the table the closing count counts). Each question is asked for up to {@value #PER_QUERY} ballots.
 */
@Component
@ConditionalOnProperty(name = "roundtable.vote.batch.enabled", havingValue = "true", matchIfMissing = true)
class BallotLedger {

    static final int PER_QUERY = 500;

    private final JdbcTemplate jdbc;

    BallotLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The state of each ballot stream as committed now. Sequences are read before receipts, so a
     * ballot committed in between makes the append collide rather than name a stale receipt.
     */
    Map<BallotId, BallotState> states(Collection<BallotId> ballots) {
        Map<String, Long> sequences = new HashMap<>();
        for (List<BallotId> chunk : chunks(List.copyOf(ballots))) {
            jdbc.query("select aggregate_identifier, max(sequence_number) from domain_event_entry"
                            + " where aggregate_identifier in (" + marks(chunk.size()) + ") group by aggregate_identifier",
                    rs -> {
                        sequences.put(rs.getString(1), rs.getLong(2));
                    }, chunk.stream().map(BallotId::toString).toArray());
        }
        Map<BallotId, String> receipts = new HashMap<>();
        Map<RoundId, List<BallotId>> byRound = ballots.stream().distinct()
                .collect(Collectors.groupingBy(BallotId::roundId));
        byRound.forEach((round, inRound) -> {
            for (List<BallotId> chunk : chunks(inRound)) {
                Object[] arguments = arguments(round.value(), chunk, BallotId::pseudonym);
                jdbc.query("select pseudonym, receipt from ballot where round_id = ? and pseudonym in ("
                        + marks(chunk.size()) + ")", rs -> {
                            receipts.put(new BallotId(round, rs.getString(1)), rs.getString(2));
                        }, arguments);
            }
        });
        Map<BallotId, BallotState> states = new HashMap<>();
        for (BallotId ballot : ballots) {
            Long last = sequences.get(ballot.toString());
            states.put(ballot, last == null ? BallotState.NONE : new BallotState(last, receipts.get(ballot)));
        }
        return states;
    }

    /**
     * Writes the last ballot of each voter into the {@code ballot} table: updates the rows that
     * existed when the states were read, inserts the others (a first ballot costs one insert).
     */
    void keep(Collection<VoteCast> lastBallots, Set<BallotId> withRow) {
        List<VoteCast> changed = new ArrayList<>();
        List<VoteCast> fresh = new ArrayList<>();
        for (VoteCast cast : lastBallots) {
            (withRow.contains(cast.ballotId()) ? changed : fresh).add(cast);
        }
        if (!changed.isEmpty()) {
            int[] updated = jdbc.batchUpdate("update ballot set choice = ?, receipt = ?, cast_at = ?"
                    + " where round_id = ? and pseudonym = ?", changed, changed.size(), (ps, cast) -> {
                        ps.setString(1, cast.choice().name());
                        ps.setString(2, cast.receipt());
                        ps.setObject(3, cast.castAt().atOffset(ZoneOffset.UTC));
                        ps.setString(4, cast.roundId().value());
                        ps.setString(5, cast.ballotId().pseudonym());
                    })[0];
            for (int i = 0; i < changed.size(); i++) {
                if (updated[i] == 0) {
                    fresh.add(changed.get(i));
                }
            }
        }
        if (!fresh.isEmpty()) {
            jdbc.batchUpdate("insert into ballot (round_id, pseudonym, choice, receipt, cast_at) values (?, ?, ?, ?, ?)",
                    fresh, fresh.size(), (ps, cast) -> {
                        ps.setString(1, cast.roundId().value());
                        ps.setString(2, cast.ballotId().pseudonym());
                        ps.setString(3, cast.choice().name());
                        ps.setString(4, cast.receipt());
                        ps.setObject(5, cast.castAt().atOffset(ZoneOffset.UTC));
                    });
        }
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + PER_QUERY)));
        }
        return chunks;
    }

    static String marks(int count) {
        return "?,".repeat(count - 1) + "?";
    }

    private static <T> Object[] arguments(String first, List<T> rest, Function<T, String> value) {
        Object[] arguments = new Object[rest.size() + 1];
        arguments[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            arguments[i + 1] = value.apply(rest.get(i));
        }
        return arguments;
    }
}

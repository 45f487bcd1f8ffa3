package org.roundtable.vote.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.round.RoundEvents.VotingClosed;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.axon.WithoutSavepoint;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.Choice;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.roundtable.vote.query.BallotQueries.FindParticipation;
import org.roundtable.vote.query.BallotQueries.FindReceipts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public side of the ballots: how many took part while voting runs, and once it closed the
 * receipt and choice of each counted (last) ballot, so every voter can find theirs and anyone can
 * recount. Pseudonyms stay in the table as the key of the last ballot; no answer contains them.
 */
@Component
@ProcessingGroup("ballots-public")
class BallotProjection {

    private static final String PENDING = "ballots-public.last-ballots";
    private static final int PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;

    BallotProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VotingOpened event) {
        int updated = jdbc.update("UPDATE public_ballot_round SET closes_at = ? WHERE round_id = ?",
                Timestamps.utc(event.closesAt()), event.roundId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO public_ballot_round (round_id, closes_at) VALUES (?, ?)",
                    event.roundId().value(), Timestamps.utc(event.closesAt()));
        }
    }

    /** Gathers the batch's last ballot of each voter; they are written together before the batch commits. */
    @EventHandler
    @WithoutSavepoint
    void on(VoteCast event) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<BallotId, VoteCast> lastBallots = batch.getOrComputeResource(PENDING, key -> {
            Map<BallotId, VoteCast> gathered = new LinkedHashMap<>();
            batch.onPrepareCommit(unitOfWork -> write(gathered.values()));
            return gathered;
        });
        lastBallots.put(event.ballotId(), event);
    }

    /** Deletes the rows these ballots replace (one statement per round and 500 ballots), then inserts them in one JDBC batch. */
    private void write(Collection<VoteCast> ballots) {
        Map<RoundId, List<String>> byRound = new LinkedHashMap<>();
        ballots.forEach(cast -> byRound.computeIfAbsent(cast.roundId(), round -> new ArrayList<>())
                .add(cast.ballotId().pseudonym()));
        byRound.forEach((round, pseudonyms) -> {
            for (int from = 0; from < pseudonyms.size(); from += PER_STATEMENT) {
                List<String> chunk = pseudonyms.subList(from, Math.min(pseudonyms.size(), from + PER_STATEMENT));
                List<Object> arguments = new ArrayList<>(chunk.size() + 1);
                arguments.add(round.value());
                arguments.addAll(chunk);
                jdbc.update("DELETE FROM public_ballot WHERE round_id = ? AND pseudonym IN ("
                        + "?,".repeat(chunk.size() - 1) + "?)", arguments.toArray());
            }
        });
        List<VoteCast> casts = List.copyOf(ballots);
        jdbc.batchUpdate("INSERT INTO public_ballot (round_id, pseudonym, receipt, choice) VALUES (?, ?, ?, ?)",
                casts, casts.size(), (ps, cast) -> {
                    ps.setString(1, cast.roundId().value());
                    ps.setString(2, cast.ballotId().pseudonym());
                    ps.setString(3, cast.receipt());
                    ps.setString(4, cast.choice().name());
                });
    }

    @EventHandler
    void on(VotingClosed event) {
        jdbc.update("UPDATE public_ballot_round SET closed_at = ? WHERE round_id = ?",
                Timestamps.utc(event.closedAt()), event.roundId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM public_ballot");
        jdbc.update("DELETE FROM public_ballot_round");
    }

    @QueryHandler
    ParticipationView handle(FindParticipation query) {
        votingClosed(query.roundId());
        Long ballots = jdbc.queryForObject("SELECT count(*) FROM public_ballot WHERE round_id = ?", Long.class,
                query.roundId().value());
        return new ParticipationView(query.roundId(), ballots == null ? 0 : ballots);
    }

    @QueryHandler
    List<ReceiptView> handle(FindReceipts query) {
        if (!votingClosed(query.roundId())) {
            throw new DomainException.Conflict("receipts are published when voting closes; round "
                    + query.roundId() + " is still voting");
        }
        return jdbc.query("SELECT receipt, choice FROM public_ballot WHERE round_id = ? ORDER BY receipt",
                (row, n) -> new ReceiptView(row.getString(1), Choice.valueOf(row.getString(2))),
                query.roundId().value());
    }

    /** Whether the round's voting has closed; refuses a round whose voting never opened. */
    private boolean votingClosed(RoundId roundId) {
        List<Boolean> closed = jdbc.query("SELECT closed_at FROM public_ballot_round WHERE round_id = ?",
                (row, n) -> row.getObject(1) != null, roundId.value());
        if (closed.isEmpty()) {
            throw new DomainException.NotFound("round " + roundId
                    + " has no voting: check the round id, or wait until its voting opens");
        }
        return closed.get(0);
    }
}

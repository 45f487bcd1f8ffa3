package org.roundtable.vote.query;

import java.time.OffsetDateTime;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.shared.DomainException;
import org.roundtable.vote.Choice;
import org.roundtable.vote.query.BallotQueries.FindMyBallot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds a voter's current ballot in the write side's {@code ballot} table, which is up to date as
 * soon as the vote's command returns, so a voter sees the ballot they just cast. The ballot id
 * carries the voter's pseudonym, which only the web edge can compute for the signed-in voter.
 */
@Component
class MyBallotLookup {

    private final JdbcTemplate jdbc;

    MyBallotLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    MyBallotView handle(FindMyBallot query) {
        return jdbc.query("SELECT receipt, choice, cast_at FROM ballot WHERE round_id = ? AND pseudonym = ?",
                        (row, n) -> new MyBallotView(query.ballotId().roundId(), row.getString(1),
                                Choice.valueOf(row.getString(2)),
                                Timestamps.instant(row.getObject(3, OffsetDateTime.class))),
                        query.ballotId().roundId().value(), query.ballotId().pseudonym())
                .stream().findFirst()
                .orElseThrow(() -> new DomainException.NotFound("you have no ballot in round "
                        + query.ballotId().roundId() + " yet; cast one while voting is open"));
    }
}

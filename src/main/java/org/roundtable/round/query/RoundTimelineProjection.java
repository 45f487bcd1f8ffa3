package org.roundtable.round.query;

import static org.roundtable.round.query.RoundRows.instant;
import static org.roundtable.round.query.RoundRows.ts;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.round.RoundEvents;
import org.roundtable.round.query.RoundQueries.FindRoundTimeline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every event of every round, keyed by its place in the round's own history, in {@code round_timeline}. */
@Component
@ProcessingGroup("round-timeline")
class RoundTimelineProjection {

    private final JdbcTemplate jdbc;

    RoundTimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoundEvents event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("delete from round_timeline where round_id = ? and sequence_number = ?", event.roundId().value(),
                sequence);
        jdbc.update("insert into round_timeline (round_id, sequence_number, event_type, occurred_at)"
                        + " values (?, ?, ?, ?)", event.roundId().value(), sequence,
                event.getClass().getSimpleName(), ts(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from round_timeline");
    }

    @QueryHandler
    List<TimelineEntryView> handle(FindRoundTimeline query) {
        return jdbc.query("select * from round_timeline where round_id = ? order by sequence_number",
                (rs, row) -> new TimelineEntryView(rs.getLong("sequence_number"), rs.getString("event_type"),
                        instant(rs, "occurred_at")),
                query.roundId().value());
    }
}

package org.roundtable.round.query;

import static org.roundtable.round.query.RoundRows.id;
import static org.roundtable.round.query.RoundRows.instant;
import static org.roundtable.round.query.RoundRows.ts;
import static org.roundtable.round.query.RoundRows.typed;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.OpinionId;
import org.roundtable.round.RoundEvents.OpinionAnswered;
import org.roundtable.round.RoundEvents.OpinionSubmitted;
import org.roundtable.round.query.RoundQueries.FindOpinions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The opinions of each round with their public answers, in {@code round_opinion}. */
@Component
@ProcessingGroup("round-opinions")
class RoundOpinionProjection {

    private final JdbcTemplate jdbc;

    RoundOpinionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OpinionSubmitted event) {
        jdbc.update("delete from round_opinion where round_id = ? and opinion_id = ?", event.roundId().value(),
                event.opinionId().value());
        jdbc.update("insert into round_opinion (round_id, opinion_id, opinion_text, parameter, author_id,"
                        + " submitted_at) values (?, ?, ?, ?, ?, ?)", event.roundId().value(),
                event.opinionId().value(), event.text(), event.parameter(), id(event.authorId()),
                ts(event.submittedAt()));
    }

    @EventHandler
    void on(OpinionAnswered event) {
        jdbc.update("update round_opinion set answer = ?, answer_reason = ?, answered_by = ?, answered_at = ?"
                        + " where round_id = ? and opinion_id = ?", event.answer().name(), event.reason(),
                id(event.answeredBy()), ts(event.answeredAt()), event.roundId().value(),
                event.opinionId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from round_opinion");
    }

    @QueryHandler
    List<OpinionView> handle(FindOpinions query) {
        return jdbc.query("select * from round_opinion where round_id = ? order by submitted_at, opinion_id",
                (rs, row) -> new OpinionView(OpinionId.of(rs.getString("opinion_id")), rs.getString("opinion_text"),
                        rs.getString("parameter"), instant(rs, "submitted_at"),
                        typed(rs, "answer", OpinionAnswer::valueOf), rs.getString("answer_reason"),
                        instant(rs, "answered_at")),
                query.roundId().value());
    }
}

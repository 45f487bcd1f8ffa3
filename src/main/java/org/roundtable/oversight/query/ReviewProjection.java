package org.roundtable.oversight.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.oversight.Figure;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewEvents.ReviewEvaluated;
import org.roundtable.oversight.ReviewEvents.ReviewOverdue;
import org.roundtable.oversight.ReviewEvents.ReviewResultsSubmitted;
import org.roundtable.oversight.ReviewEvents.ReviewScheduled;
import org.roundtable.oversight.ReviewId;
import org.roundtable.oversight.query.OversightQueries.FindReview;
import org.roundtable.oversight.query.OversightQueries.FindReviewsOfRule;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The public record of reviews: one row per review cycle, with the figures for charting over time. */
@Component
@ProcessingGroup("oversight-reviews")
class ReviewProjection {

    private static final String SELECT = "SELECT * FROM oversight_review ";
    private static final TypeReference<TreeMap<String, Figure>> FIGURES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    ReviewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReviewScheduled event) {
        jdbc.update("DELETE FROM oversight_review WHERE review_id = ? AND cycle = ?", event.reviewId().value(),
                event.cycle());
        jdbc.update("INSERT INTO oversight_review (review_id, cycle, rule_id, version, platform_id, due_by, late, "
                        + "overdue) VALUES (?, ?, ?, ?, ?, ?, false, false)",
                event.reviewId().value(), event.cycle(), event.ruleId().value(), event.version(),
                event.platformId() == null ? null : event.platformId().value(), event.dueBy());
    }

    @EventHandler
    void on(ReviewResultsSubmitted event) throws JsonProcessingException {
        jdbc.update("UPDATE oversight_review SET period = ?, figures = ?, submitted_at = ?, late = ? "
                        + "WHERE review_id = ? AND cycle = ?",
                event.period(), json.writeValueAsString(event.figures()), Timestamp.from(event.submittedAt()),
                event.late(), event.reviewId().value(), event.cycle());
    }

    @EventHandler
    void on(ReviewEvaluated event) {
        jdbc.update("UPDATE oversight_review SET decision = ?, reasons = ?, requested_round_id = ? "
                        + "WHERE review_id = ? AND cycle = ?",
                event.decision().name(), event.reasons(),
                event.requestedRoundId() == null ? null : event.requestedRoundId().value(),
                event.reviewId().value(), event.cycle());
    }

    @EventHandler
    void on(ReviewOverdue event) {
        jdbc.update("UPDATE oversight_review SET overdue = true WHERE review_id = ? AND cycle = ?",
                event.reviewId().value(), event.cycle());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM oversight_review");
    }

    @QueryHandler
    List<ReviewView> handle(FindReviewsOfRule query) {
        return jdbc.query(SELECT + "WHERE rule_id = ? ORDER BY version, cycle", this::row, query.ruleId().value());
    }

    @QueryHandler
    List<ReviewView> handle(FindReview query) {
        return jdbc.query(SELECT + "WHERE review_id = ? ORDER BY cycle", this::row, query.reviewId().value());
    }

    private ReviewView row(ResultSet rs, int n) throws SQLException {
        Timestamp submittedAt = rs.getTimestamp("submitted_at");
        String decision = rs.getString("decision");
        String round = rs.getString("requested_round_id");
        String platform = rs.getString("platform_id");
        return new ReviewView(ReviewId.of(rs.getString("review_id")), RuleId.of(rs.getString("rule_id")),
                rs.getInt("version"), rs.getInt("cycle"), platform == null ? null : PlatformId.of(platform),
                rs.getObject("due_by", LocalDate.class), rs.getString("period"), figures(rs.getString("figures")),
                submittedAt == null ? null : submittedAt.toInstant(), rs.getBoolean("late"), rs.getBoolean("overdue"),
                decision == null ? null : ReviewDecision.valueOf(decision), rs.getString("reasons"),
                round == null ? null : RoundId.of(round));
    }

    private SortedMap<String, Figure> figures(String stored) throws SQLException {
        if (stored == null) {
            return Collections.emptySortedMap();
        }
        try {
            return json.readValue(stored, FIGURES);
        } catch (JsonProcessingException unreadable) {
            throw new SQLException("unreadable review figures", unreadable);
        }
    }
}

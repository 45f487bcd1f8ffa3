package org.roundtable.complaint.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.EscalationReason;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the complaint tables into views, summaries and the facts the statistics need. */
final class ComplaintRows {

    private static final String SUMMARY_COLUMNS = "complaint_id, platform_id, rule_id, decision_kind, decision_date,"
            + " filed_at, answer_due_by, answer_outcome, answered_at, answered_late, human_review_requested_at,"
            + " human_review_result, reviewed_at, escalated_at, withdrawn_at";

    private final JdbcTemplate jdbc;

    ComplaintRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ComplaintView complaint(ComplaintId id) {
        return jdbc.query("select * from complaint_view where complaint_id = ?", this::view, id.value())
                .stream().findFirst().orElse(null);
    }

    List<ComplaintSummary> summariesOfPlatform(PlatformId platform, RuleId rule) {
        if (rule == null) {
            return jdbc.query("select " + SUMMARY_COLUMNS + " from complaint_view where platform_id = ?"
                    + " order by filed_at desc, complaint_id", this::summary, platform.value());
        }
        return jdbc.query("select " + SUMMARY_COLUMNS + " from complaint_view where platform_id = ? and rule_id = ?"
                + " order by filed_at desc, complaint_id", this::summary, platform.value(), rule.value());
    }

    List<ComplaintSummary> summariesOfWorker(PersonId worker) {
        return jdbc.query("select " + SUMMARY_COLUMNS + " from complaint_view where worker_id = ?"
                + " order by filed_at desc, complaint_id", this::summary, worker.value());
    }

    List<ComplaintSummary> escalatedSummaries() {
        return jdbc.query("select " + SUMMARY_COLUMNS + " from complaint_view where escalated_at is not null"
                + " order by escalated_at desc, complaint_id", this::summary);
    }

    List<RuleId> rulesWithComplaints() {
        return jdbc.query("select distinct rule_id from complaint_view order by rule_id",
                (rs, row) -> RuleId.of(rs.getString(1)));
    }

    List<ComplaintStatistics.Facts> factsOfRule(RuleId rule) {
        return jdbc.query("select filed_at, answered_at, answered_late, answer_outcome, human_review_result,"
                        + " escalated_at, overdue from complaint_view where rule_id = ?",
                (rs, row) -> new ComplaintStatistics.Facts(instant(rs, "filed_at"), instant(rs, "answered_at"),
                        rs.getBoolean("answered_late"), outcome(rs) == ComplaintOutcome.UPHELD,
                        rs.getTimestamp("escalated_at") != null, rs.getBoolean("overdue")),
                rule.value());
    }

    private ComplaintView view(ResultSet rs, int row) throws SQLException {
        ComplaintId id = ComplaintId.of(rs.getString("complaint_id"));
        ComplaintView.Answer answer = rs.getTimestamp("answered_at") == null ? null : new ComplaintView.Answer(
                ComplaintOutcome.valueOf(rs.getString("answer_outcome")),
                DecisionMaking.valueOf(rs.getString("answer_decision_making")), rs.getString("answer_explanation"),
                PersonId.of(rs.getString("answered_by")), instant(rs, "answered_at"), rs.getBoolean("answered_late"));
        ComplaintView.HumanReview review = rs.getTimestamp("human_review_requested_at") == null ? null
                : new ComplaintView.HumanReview(instant(rs, "human_review_requested_at"),
                        enumOrNull(rs.getString("human_review_result")), rs.getString("human_review_explanation"),
                        rs.getString("reviewed_by") == null ? null : PersonId.of(rs.getString("reviewed_by")),
                        instant(rs, "reviewed_at"));
        ComplaintView.Escalation escalation = rs.getTimestamp("escalated_at") == null ? null
                : new ComplaintView.Escalation(EscalationReason.valueOf(rs.getString("escalation_reason")),
                        rs.getString("dispute_reason"), instant(rs, "escalated_at"));
        ComplaintView.Withdrawal withdrawal = rs.getTimestamp("withdrawn_at") == null ? null
                : new ComplaintView.Withdrawal(rs.getString("withdrawal_reason"), instant(rs, "withdrawn_at"));
        return new ComplaintView(id, PlatformId.of(rs.getString("platform_id")), RuleId.of(rs.getString("rule_id")),
                DecisionKind.valueOf(rs.getString("decision_kind")), rs.getObject("decision_date", LocalDate.class),
                DecisionMaking.valueOf(rs.getString("decision_making")), rs.getString("complaint_text"),
                PersonId.of(rs.getString("worker_id")), instant(rs, "filed_at"), instant(rs, "answer_due_by"),
                status(rs), outcome(rs), answer, review, escalation, followUps(id), withdrawal);
    }

    private ComplaintSummary summary(ResultSet rs, int row) throws SQLException {
        return new ComplaintSummary(ComplaintId.of(rs.getString("complaint_id")),
                PlatformId.of(rs.getString("platform_id")), RuleId.of(rs.getString("rule_id")),
                DecisionKind.valueOf(rs.getString("decision_kind")),
                rs.getObject("decision_date", LocalDate.class), status(rs), outcome(rs),
                instant(rs, "filed_at"), instant(rs, "answer_due_by"), instant(rs, "answered_at"),
                rs.getBoolean("answered_late"), rs.getTimestamp("escalated_at") != null);
    }

    private List<ComplaintView.UnionFollowUp> followUps(ComplaintId id) {
        return new ArrayList<>(jdbc.query("select note, recorded_by, recorded_at from complaint_follow_up"
                        + " where complaint_id = ? order by sequence_number",
                (rs, row) -> new ComplaintView.UnionFollowUp(rs.getString("note"),
                        PersonId.of(rs.getString("recorded_by")), instant(rs, "recorded_at")),
                id.value()));
    }

    /** The latest step decides where the complaint stands. */
    private static ComplaintStatus status(ResultSet rs) throws SQLException {
        if (rs.getTimestamp("withdrawn_at") != null) {
            return ComplaintStatus.WITHDRAWN;
        }
        if (rs.getTimestamp("escalated_at") != null) {
            return ComplaintStatus.WITH_THE_UNION;
        }
        if (rs.getTimestamp("reviewed_at") != null) {
            return ComplaintStatus.HUMAN_REVIEWED;
        }
        if (rs.getTimestamp("human_review_requested_at") != null) {
            return ComplaintStatus.HUMAN_REVIEW_REQUESTED;
        }
        return rs.getTimestamp("answered_at") != null ? ComplaintStatus.ANSWERED : ComplaintStatus.AWAITING_ANSWER;
    }

    /** The last word: the human review's result if there is one, else the answer's outcome. */
    private static ComplaintOutcome outcome(ResultSet rs) throws SQLException {
        ComplaintOutcome reviewed = enumOrNull(rs.getString("human_review_result"));
        return reviewed != null ? reviewed : enumOrNull(rs.getString("answer_outcome"));
    }

    private static ComplaintOutcome enumOrNull(String value) {
        return value == null ? null : ComplaintOutcome.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

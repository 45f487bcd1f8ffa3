package org.roundtable.complaint.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.complaint.ComplaintEvents.ComplaintAnswerOverdue;
import org.roundtable.complaint.ComplaintEvents.ComplaintAnswered;
import org.roundtable.complaint.ComplaintEvents.ComplaintEscalatedToUnion;
import org.roundtable.complaint.ComplaintEvents.ComplaintFiled;
import org.roundtable.complaint.ComplaintEvents.ComplaintWithdrawn;
import org.roundtable.complaint.ComplaintEvents.HumanReviewCompleted;
import org.roundtable.complaint.ComplaintEvents.HumanReviewRequested;
import org.roundtable.complaint.ComplaintEvents.UnionFollowUpRecorded;
import org.roundtable.complaint.ComplaintSettings;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaint;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintStatistics;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintsOfPlatform;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintsOfWorker;
import org.roundtable.complaint.query.ComplaintQueries.FindEscalatedComplaints;
import org.roundtable.complaint.query.ComplaintQueries.GetComplaintStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Complaints for reading: one row per complaint (each event sets its own columns, so a redelivered
 * event writes the same values again) and one row per union follow-up. Public statistics are
 * computed from the rows of one rule when asked for.
 */
@Component
@ProcessingGroup("complaints")
class ComplaintProjection {

    private final JdbcTemplate jdbc;
    private final ComplaintRows rows;
    private final ComplaintSettings settings;

    ComplaintProjection(JdbcTemplate jdbc, ComplaintSettings settings) {
        this.jdbc = jdbc;
        this.rows = new ComplaintRows(jdbc);
        this.settings = settings;
    }

    @EventHandler
    void on(ComplaintFiled event) {
        jdbc.update("delete from complaint_view where complaint_id = ?", event.complaintId().value());
        jdbc.update("insert into complaint_view (complaint_id, platform_id, rule_id, worker_id, decision_kind,"
                        + " decision_date, decision_making, complaint_text, filed_at, answer_due_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.complaintId().value(), event.platformId().value(), event.ruleId().value(),
                event.workerId().value(), event.decisionKind().name(), event.decisionDate(),
                event.decisionMaking().name(), event.text(), at(event.filedAt()), at(event.answerDueBy()));
    }

    @EventHandler
    void on(ComplaintAnswered event) {
        jdbc.update("update complaint_view set answer_outcome = ?, answer_decision_making = ?, answer_explanation = ?,"
                        + " answered_by = ?, answered_at = ?, answered_late = ? where complaint_id = ?",
                event.outcome().name(), event.decisionMaking().name(), event.explanation(),
                event.answeredBy().value(), at(event.answeredAt()), event.late(), event.complaintId().value());
    }

    @EventHandler
    void on(HumanReviewRequested event) {
        jdbc.update("update complaint_view set human_review_requested_at = ? where complaint_id = ?",
                at(event.requestedAt()), event.complaintId().value());
    }

    @EventHandler
    void on(HumanReviewCompleted event) {
        jdbc.update("update complaint_view set human_review_result = ?, human_review_explanation = ?,"
                        + " reviewed_by = ?, reviewed_at = ? where complaint_id = ?",
                event.result().name(), event.explanation(), event.reviewedBy().value(), at(event.reviewedAt()),
                event.complaintId().value());
    }

    @EventHandler
    void on(ComplaintAnswerOverdue event) {
        jdbc.update("update complaint_view set overdue = true where complaint_id = ?", event.complaintId().value());
    }

    @EventHandler
    void on(ComplaintEscalatedToUnion event) {
        jdbc.update("update complaint_view set escalation_reason = ?, dispute_reason = ?, escalated_at = ?"
                        + " where complaint_id = ?",
                event.reason().name(), event.disputeReason(), at(event.escalatedAt()), event.complaintId().value());
    }

    @EventHandler
    void on(UnionFollowUpRecorded event, @SequenceNumber Long sequence) {
        jdbc.update("delete from complaint_follow_up where complaint_id = ? and sequence_number = ?",
                event.complaintId().value(), sequence);
        jdbc.update("insert into complaint_follow_up (complaint_id, sequence_number, note, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?)",
                event.complaintId().value(), sequence, event.note(), event.recordedBy().value(),
                at(event.recordedAt()));
    }

    @EventHandler
    void on(ComplaintWithdrawn event) {
        jdbc.update("update complaint_view set withdrawal_reason = ?, withdrawn_at = ? where complaint_id = ?",
                event.reason(), at(event.withdrawnAt()), event.complaintId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from complaint_follow_up");
        jdbc.update("delete from complaint_view");
    }

    @QueryHandler
    ComplaintView handle(FindComplaint query) {
        return rows.complaint(query.complaintId());
    }

    @QueryHandler
    List<ComplaintSummary> handle(FindComplaintsOfPlatform query) {
        return rows.summariesOfPlatform(query.platformId(), query.ruleId());
    }

    @QueryHandler
    List<ComplaintSummary> handle(FindComplaintsOfWorker query) {
        return rows.summariesOfWorker(query.workerId());
    }

    @QueryHandler
    List<ComplaintSummary> handle(FindEscalatedComplaints query) {
        return rows.escalatedSummaries();
    }

    @QueryHandler
    RuleComplaintStatistics handle(GetComplaintStatistics query) {
        return ComplaintStatistics.of(query.ruleId(), rows.factsOfRule(query.ruleId()), settings);
    }

    @QueryHandler
    List<RuleComplaintStatistics> handle(FindComplaintStatistics query) {
        return rows.rulesWithComplaints().stream()
                .map(rule -> ComplaintStatistics.of(rule, rows.factsOfRule(rule), settings))
                .sorted(Comparator.comparing(RuleComplaintStatistics::earlyReviewRecommended).reversed()
                        .thenComparing(statistics -> statistics.ruleId().value()))
                .toList();
    }

    private static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

package org.roundtable.round.query;

import static org.roundtable.round.query.RoundRows.id;
import static org.roundtable.round.query.RoundRows.date;
import static org.roundtable.round.query.RoundRows.instant;
import static org.roundtable.round.query.RoundRows.ts;
import static org.roundtable.round.query.RoundRows.typed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.people.PersonId;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.MeetingId;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.roundtable.round.RoundEvents.AmendmentNotApplied;
import org.roundtable.round.RoundEvents.AmendmentRejected;
import org.roundtable.round.RoundEvents.AmendmentTabled;
import org.roundtable.round.RoundEvents.MeetingRecorded;
import org.roundtable.round.query.AmendmentView.Status;
import org.roundtable.round.query.RoundQueries.FindAmendments;
import org.roundtable.round.query.RoundQueries.FindMeetings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Amendments and meeting minutes of each round, in {@code round_amendment} and {@code round_meeting}. */
@Component
@ProcessingGroup("round-negotiation")
class RoundNegotiationProjection {

    private final JdbcTemplate jdbc;
    private final RoundRows rows;

    RoundNegotiationProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.rows = new RoundRows(json);
    }

    @EventHandler
    void on(AmendmentTabled event) {
        jdbc.update("delete from round_amendment where round_id = ? and amendment_id = ?", event.roundId().value(),
                event.amendmentId().value());
        jdbc.update("insert into round_amendment (round_id, amendment_id, changes, reasons, tabled_by, tabled_at,"
                        + " status) values (?, ?, ?, ?, ?, ?, ?)", event.roundId().value(),
                event.amendmentId().value(), rows.write(event.changes()), event.reasons(), id(event.tabledBy()),
                ts(event.tabledAt()), Status.PENDING.name());
    }

    @EventHandler
    void on(AmendmentAccepted event) {
        decide(event.roundId().value(), event.amendmentId(), Status.ACCEPTED, event.reason(), event.acceptedBy(),
                event.acceptedAt());
    }

    @EventHandler
    void on(AmendmentRejected event) {
        decide(event.roundId().value(), event.amendmentId(), Status.REJECTED, event.reason(), event.rejectedBy(),
                event.rejectedAt());
    }

    @EventHandler
    void on(AmendmentNotApplied event) {
        jdbc.update("update round_amendment set not_applied_reason = ?, not_applied_at = ?"
                + " where round_id = ? and amendment_id = ?", event.reason(), ts(event.recordedAt()),
                event.roundId().value(), event.amendmentId().value());
    }

    private void decide(String roundId, AmendmentId amendmentId, Status status, String reason, PersonId by,
                        Instant at) {
        jdbc.update("update round_amendment set status = ?, decision_reason = ?, decided_by = ?, decided_at = ?"
                + " where round_id = ? and amendment_id = ?", status.name(), reason, id(by), ts(at), roundId,
                amendmentId.value());
    }

    @EventHandler
    void on(MeetingRecorded event, @Timestamp Instant recordedAt) {
        jdbc.update("delete from round_meeting where round_id = ? and meeting_id = ?", event.roundId().value(),
                event.meetingId().value());
        jdbc.update("insert into round_meeting (round_id, meeting_id, meeting_date, attendees, minutes, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)", event.roundId().value(),
                event.meetingId().value(), event.date(),
                event.attendees().stream().map(PersonId::value).collect(Collectors.joining(",")), event.minutes(),
                id(event.recordedBy()), ts(recordedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from round_amendment");
        jdbc.update("delete from round_meeting");
    }

    @QueryHandler
    List<AmendmentView> handle(FindAmendments query) {
        return jdbc.query("select * from round_amendment where round_id = ? order by tabled_at, amendment_id",
                (rs, row) -> new AmendmentView(AmendmentId.of(rs.getString("amendment_id")),
                        rows.changes(rs.getString("changes")), rs.getString("reasons"),
                        PersonId.of(rs.getString("tabled_by")), instant(rs, "tabled_at"),
                        Status.valueOf(rs.getString("status")), rs.getString("decision_reason"),
                        typed(rs, "decided_by", PersonId::of), instant(rs, "decided_at"),
                        rs.getString("not_applied_reason"), instant(rs, "not_applied_at")),
                query.roundId().value());
    }

    @QueryHandler
    List<MeetingView> handle(FindMeetings query) {
        return jdbc.query("select * from round_meeting where round_id = ? order by meeting_date, recorded_at",
                (rs, row) -> new MeetingView(MeetingId.of(rs.getString("meeting_id")), date(rs, "meeting_date"),
                        Arrays.stream(rs.getString("attendees").split(",")).filter(s -> !s.isEmpty())
                                .map(PersonId::of).toList(),
                        rs.getString("minutes"), PersonId.of(rs.getString("recorded_by")),
                        instant(rs, "recorded_at")),
                query.roundId().value());
    }
}

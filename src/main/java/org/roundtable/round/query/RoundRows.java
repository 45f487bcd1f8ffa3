package org.roundtable.round.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;
import org.roundtable.round.Threshold;
import org.roundtable.round.query.RoundView.Cancellation;
import org.roundtable.round.query.RoundView.Request;
import org.roundtable.round.query.RoundView.Schedule;
import org.roundtable.round.query.RoundView.Signatures;
import org.roundtable.round.query.RoundView.VoteRuleView;
import org.roundtable.round.query.RoundView.VotedText;

/** Reading and writing the round read models' rows: times, ids, JSON columns and the round view itself. */
final class RoundRows {

    private static final TypeReference<List<ParameterChange>> CHANGES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    RoundRows(ObjectMapper json) {
        this.json = json;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    static Long number(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String id(Object typedId) {
        return typedId == null ? null : typedId.toString();
    }

    static <T> T typed(ResultSet rs, String column, Function<String, T> of) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : of.apply(value);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + value + " as JSON", e);
        }
    }

    List<ParameterChange> changes(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable parameter changes in a read model: " + text, e);
        }
    }

    RoundView view(ResultSet rs, int row) throws SQLException {
        Request request = rs.getString("topic") == null ? null : new Request(rs.getString("topic"),
                rs.getString("request_text"), typed(rs, "requested_by", PersonId::of), instant(rs, "requested_at"),
                instant(rs, "answer_due_by"), rs.getString("request_answer"), instant(rs, "request_answered_at"),
                bool(rs, "request_answered_late"), rs.getBoolean("request_overdue"));
        Schedule schedule = new Schedule(instant(rs, "comment_starts_at"), instant(rs, "comment_ends_at"),
                instant(rs, "comment_started_at"), bool(rs, "comment_started_early"),
                instant(rs, "negotiation_started_at"), instant(rs, "voting_opens_at"), instant(rs, "voting_closes_at"),
                instant(rs, "voting_closed_at"), bool(rs, "voting_closed_early"));
        Threshold attendance = threshold(rs, "attendance");
        Threshold approval = threshold(rs, "approval");
        VoteRuleView voteRule = attendance == null ? null : new VoteRuleView(RoundOutcomes.describe(attendance,
                approval), attendance, approval);
        Integer revision = rs.getObject("voted_revision") == null ? null : rs.getInt("voted_revision");
        VotedText votedText = revision == null ? null : new VotedText(revision, changes(rs.getString("voted_changes")),
                date(rs, "voted_effective_date"));
        Signatures signatures = new Signatures(typed(rs, "workers_signed_by", PersonId::of),
                instant(rs, "workers_signed_at"), typed(rs, "platform_signed_by", PersonId::of),
                instant(rs, "platform_signed_at"));
        Cancellation cancellation = rs.getString("cancel_reason") == null ? null : new Cancellation(
                rs.getString("cancel_reason"), typed(rs, "cancelled_by", PersonId::of), instant(rs, "cancelled_at"));
        return new RoundView(RoundId.of(rs.getString("round_id")), PlatformId.of(rs.getString("platform_id")),
                typed(rs, "proposal_id", ProposalId::of), Phase.valueOf(rs.getString("phase")),
                rs.getBoolean("suspended"), typed(rs, "electorate_kind", ElectorateKind::valueOf),
                number(rs, "electorate_size"), rs.getString("electorate_digest"), request, schedule, voteRule, null,
                votedText, RoundOutcomes.outcome(rs, attendance, approval), signatures,
                typed(rs, "opened_by", PersonId::of), instant(rs, "opened_at"), instant(rs, "published_at"),
                typed(rs, "previous_round_id", RoundId::of), typed(rs, "follow_up_round_id", RoundId::of),
                rs.getString("return_reason"), cancellation);
    }

    private static Threshold threshold(ResultSet rs, String prefix) throws SQLException {
        String comparison = rs.getString(prefix + "_comparison");
        if (comparison == null) {
            return null;
        }
        return new Threshold(rs.getLong(prefix + "_numerator"), rs.getLong(prefix + "_denominator"),
                Threshold.Comparison.valueOf(comparison));
    }

    RoundView withParticipation(RoundView v, long participation) {
        return new RoundView(v.id(), v.platformId(), v.proposalId(), v.phase(), v.suspended(), v.electorateKind(),
                v.electorateSize(), v.electorateDigest(), v.request(), v.schedule(), v.voteRule(), participation,
                v.votedText(), v.outcome(), v.signatures(), v.openedBy(), v.openedAt(), v.publishedAt(),
                v.previousRoundId(), v.followUpRoundId(), v.returnReason(), v.cancellation());
    }

    static Outcome outcomeOf(String value) {
        return value == null ? null : Outcome.valueOf(value);
    }
}

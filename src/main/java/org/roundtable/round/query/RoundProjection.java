package org.roundtable.round.query;

import static org.roundtable.round.query.RoundRows.id;
import static org.roundtable.round.query.RoundRows.ts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.platform.Side;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundEvents;
import org.roundtable.round.RoundEvents.*;
import org.roundtable.round.query.RoundQueries.FindRound;
import org.roundtable.round.query.RoundQueries.FindRounds;
import org.roundtable.vote.BallotBox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rounds as people read them, one row per round in {@code round_view}. Every handler sets values
 * (never increments), so redelivery and replay leave the same row. While a round is voting its view
 * shows how many have voted, asked of the ballot box; how they chose only once voting has closed.
 */
@Component
@ProcessingGroup("rounds")
class RoundProjection {

    private final JdbcTemplate jdbc;
    private final RoundRows rows;
    private final ObjectProvider<BallotBox> ballotBox;

    /** The ballot box is the vote feature's; the views are built without it, only participation needs it. */
    RoundProjection(JdbcTemplate jdbc, ObjectMapper json, ObjectProvider<BallotBox> ballotBox) {
        this.jdbc = jdbc;
        this.rows = new RoundRows(json);
        this.ballotBox = ballotBox;
    }

    @EventHandler
    void on(ConsultationRequested event) {
        String columns = "platform_id = ?, topic = ?, request_text = ?, requested_by = ?, requested_at = ?,"
                + " answer_due_by = ?";
        Object[] values = {event.platformId().value(), event.topic(), event.request(), id(event.requestedBy()),
                ts(event.requestedAt()), ts(event.answerDueBy())};
        upsert(event.roundId().value(), event.platformId().value(), Phase.REQUESTED, event.requestedAt(), columns,
                values);
    }

    @EventHandler
    void on(ConsultationRequestAnswered event) {
        set(event, "request_answer = ?, request_answered_at = ?, request_answered_late = ?", event.answer(),
                ts(event.answeredAt()), event.late());
    }

    @EventHandler
    void on(ConsultationRequestOverdue event) {
        set(event, "request_overdue = ?", true);
    }

    @EventHandler
    void on(RoundOpened event) {
        String columns = "platform_id = ?, proposal_id = ?, phase = ?, electorate_kind = ?, electorate_size = ?,"
                + " electorate_digest = ?, comment_starts_at = ?, comment_ends_at = ?, attendance_numerator = ?,"
                + " attendance_denominator = ?, attendance_comparison = ?, approval_numerator = ?,"
                + " approval_denominator = ?, approval_comparison = ?, previous_round_id = ?, opened_by = ?,"
                + " opened_at = ?";
        var attendance = event.voteRule().attendance();
        var approval = event.voteRule().approval();
        Object[] values = {event.platformId().value(), id(event.proposalId()), Phase.ANNOUNCED.name(),
                event.electorateKind().name(), event.electorateSize(), event.electorateDigest(),
                ts(event.commentStartsAt()), ts(event.commentEndsAt()), attendance.numerator(),
                attendance.denominator(), attendance.comparison().name(), approval.numerator(),
                approval.denominator(), approval.comparison().name(), id(event.previousRoundId()),
                id(event.openedBy()), ts(event.openedAt())};
        upsert(event.roundId().value(), event.platformId().value(), Phase.ANNOUNCED, event.openedAt(), columns,
                values);
    }

    @EventHandler
    void on(CommentPeriodStarted event) {
        set(event, "phase = ?, comment_started_at = ?, comment_started_early = ?", Phase.COMMENTING.name(),
                ts(event.startedAt()), event.early());
    }

    @EventHandler
    void on(NegotiationStarted event) {
        set(event, "phase = ?, negotiation_started_at = ?", Phase.NEGOTIATING.name(), ts(event.startedAt()));
    }

    @EventHandler
    void on(TalksSuspended event) {
        set(event, "suspended = ?", true);
    }

    @EventHandler
    void on(TalksResumed event) {
        set(event, "suspended = ?", false);
    }

    @EventHandler
    void on(VotingOpened event) {
        set(event, "phase = ?, voting_opens_at = ?, voting_closes_at = ?", Phase.VOTING.name(),
                ts(event.opensAt()), ts(event.closesAt()));
    }

    @EventHandler
    void on(VotedTextRecorded event) {
        set(event, "voted_revision = ?, voted_changes = ?, voted_effective_date = ?", event.revision(),
                rows.write(event.changes()), event.effectiveDate());
    }

    /** The view turns CLOSED with the outcome, not before, so a closed round is never shown without it. */
    @EventHandler
    void on(VotingClosed event) {
        set(event, "voting_closed_at = ?, voting_closed_early = ?", ts(event.closedAt()), event.early());
    }

    @EventHandler
    void on(OutcomeDetermined event) {
        set(event, "phase = ?, outcome = ?, tally_electorate = ?, tally_for = ?, tally_against = ?,"
                        + " tally_abstain = ?, ballots_needed = ?, for_needed = ?, determined_at = ?",
                Phase.CLOSED.name(), event.outcome().name(),
                event.tally().electorate(), event.tally().forVotes(), event.tally().against(),
                event.tally().abstain(), event.ballotsNeeded(), event.forNeeded(), ts(event.determinedAt()));
    }

    @EventHandler
    void on(OutcomeSigned event) {
        String side = event.side() == Side.WORKERS ? "workers" : "platform";
        set(event, side + "_signed_by = ?, " + side + "_signed_at = ?", id(event.chief()),
                ts(event.signedAt()));
    }

    @EventHandler
    void on(OutcomePublished event) {
        set(event, "phase = ?, published_by = ?, published_at = ?", Phase.PUBLISHED.name(),
                id(event.publishedBy()), ts(event.publishedAt()));
    }

    @EventHandler
    void on(ReturnedToNegotiation event) {
        set(event, "follow_up_round_id = ?, return_reason = ?", id(event.followUpRoundId()), event.reason());
    }

    @EventHandler
    void on(RoundCancelled event) {
        set(event, "phase = ?, cancelled_by = ?, cancelled_at = ?, cancel_reason = ?", Phase.CANCELLED.name(),
                id(event.cancelledBy()), ts(event.cancelledAt()), event.reason());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from round_view");
    }

    @QueryHandler
    RoundView handle(FindRound query) {
        return jdbc.query("select * from round_view where round_id = ?", rows::view, query.roundId().value())
                .stream().findFirst().map(this::withParticipation).orElse(null);
    }

    @QueryHandler
    List<RoundView> handle(FindRounds query) {
        StringBuilder sql = new StringBuilder("select * from round_view where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (query.platformId() != null) {
            sql.append(" and platform_id = ?");
            arguments.add(query.platformId().value());
        }
        if (query.phase() != null) {
            sql.append(" and phase = ?");
            arguments.add(query.phase().name());
        }
        sql.append(" order by created_at desc, round_id desc");
        return jdbc.query(sql.toString(), rows::view, arguments.toArray()).stream()
                .map(this::withParticipation).toList();
    }

    private RoundView withParticipation(RoundView view) {
        BallotBox box = ballotBox.getIfAvailable();
        if (view.phase() != Phase.VOTING || box == null) {
            return view;
        }
        return rows.withParticipation(view, box.participation(view.id()));
    }

    private void set(RoundEvents event, String columns, Object... values) {
        Object[] arguments = new Object[values.length + 1];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = event.roundId().value();
        jdbc.update("update round_view set " + columns + " where round_id = ?", arguments);
    }

    /** Update the round's row, or insert it first when this is the round's first event. */
    private void upsert(String roundId, String platformId, Phase phase, Instant createdAt, String columns,
                        Object[] values) {
        Integer exists = jdbc.query("select 1 from round_view where round_id = ?", rs -> rs.next() ? 1 : 0, roundId);
        if (exists == null || exists == 0) {
            jdbc.update("insert into round_view (round_id, platform_id, phase, created_at) values (?, ?, ?, ?)",
                    roundId, platformId, phase.name(), ts(createdAt));
        }
        Object[] arguments = new Object[values.length + 1];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = roundId;
        jdbc.update("update round_view set " + columns + " where round_id = ?", arguments);
    }
}

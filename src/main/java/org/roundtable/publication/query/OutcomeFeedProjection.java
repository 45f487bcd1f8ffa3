package org.roundtable.publication.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.platform.PlatformEvents.PlatformRegistered;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalEvents.DraftEdited;
import org.roundtable.proposal.ProposalEvents.ProposalDrafted;
import org.roundtable.proposal.ProposalEvents.ProposalSubmitted;
import org.roundtable.proposal.ProposalId;
import org.roundtable.publication.query.FeedQueries.FindFeedPlatform;
import org.roundtable.publication.query.FeedQueries.FindPublishedOutcomes;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The published outcomes behind the Atom and JSON feeds. It keeps the platform names and proposal
 * titles it needs, so an entry reads in words without asking other read models. Safe to replay:
 * every handler rewrites its row.
 */
@Component
@ProcessingGroup("outcome-feed")
class OutcomeFeedProjection {

    private static final TypeReference<List<ParameterChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OutcomeFeedProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PlatformRegistered event, @Timestamp Instant registeredAt) {
        jdbc.update("DELETE FROM feed_platform WHERE platform_id = ?", event.platformId().value());
        jdbc.update("INSERT INTO feed_platform (platform_id, name, registered_at) VALUES (?, ?, ?)",
                event.platformId().value(), event.name(), utc(registeredAt));
    }

    @EventHandler
    void on(ProposalDrafted event) {
        title(event.proposalId(), event.content().title());
    }

    @EventHandler
    void on(DraftEdited event) {
        title(event.proposalId(), event.content().title());
    }

    @EventHandler
    void on(ProposalSubmitted event) {
        title(event.proposalId(), event.content().title());
    }

    @EventHandler
    void on(OutcomePublished event) {
        List<String> titles = jdbc.queryForList("SELECT title FROM feed_proposal WHERE proposal_id = ?", String.class,
                event.proposalId().value());
        String title = titles.isEmpty() ? "Proposal " + event.proposalId() : titles.get(0);
        Tally tally = event.tally();
        jdbc.update("DELETE FROM published_outcome WHERE round_id = ?", event.roundId().value());
        jdbc.update("INSERT INTO published_outcome (round_id, platform_id, proposal_id, title, outcome, electorate,"
                        + " for_votes, against, abstain, revision, changes, effective_date, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.roundId().value(), event.platformId().value(), event.proposalId().value(), title,
                event.outcome().name(), tally.electorate(), tally.forVotes(), tally.against(), tally.abstain(),
                event.revision(), write(event.changes()),
                event.effectiveDate() == null ? null : Date.valueOf(event.effectiveDate()), utc(event.publishedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM published_outcome");
        jdbc.update("DELETE FROM feed_proposal");
        jdbc.update("DELETE FROM feed_platform");
    }

    @QueryHandler
    List<PublishedOutcomeView> handle(FindPublishedOutcomes query) {
        String select = "SELECT o.*, p.name AS platform_name FROM published_outcome o"
                + " LEFT JOIN feed_platform p ON p.platform_id = o.platform_id";
        List<Object> arguments = new ArrayList<>();
        if (query.platformId() != null) {
            select += " WHERE o.platform_id = ?";
            arguments.add(query.platformId().value());
        }
        arguments.add(query.limit());
        return jdbc.query(select + " ORDER BY o.published_at DESC, o.round_id LIMIT ?", this::outcome,
                arguments.toArray());
    }

    @QueryHandler
    FeedPlatformView handle(FindFeedPlatform query) {
        return jdbc.query("SELECT * FROM feed_platform WHERE platform_id = ?",
                (rs, n) -> new FeedPlatformView(PlatformId.of(rs.getString("platform_id")), rs.getString("name"),
                        instant(rs, "registered_at")),
                query.platformId().value()).stream().findFirst().orElse(null);
    }

    private void title(ProposalId proposalId, String title) {
        jdbc.update("DELETE FROM feed_proposal WHERE proposal_id = ?", proposalId.value());
        jdbc.update("INSERT INTO feed_proposal (proposal_id, title) VALUES (?, ?)", proposalId.value(), title);
    }

    private PublishedOutcomeView outcome(ResultSet rs, int row) throws SQLException {
        String platformName = rs.getString("platform_name");
        Date effective = rs.getDate("effective_date");
        return new PublishedOutcomeView(RoundId.of(rs.getString("round_id")), PlatformId.of(rs.getString("platform_id")),
                platformName == null ? rs.getString("platform_id") : platformName,
                ProposalId.of(rs.getString("proposal_id")), rs.getString("title"),
                Outcome.valueOf(rs.getString("outcome")),
                new Tally(rs.getLong("electorate"), rs.getLong("for_votes"), rs.getLong("against"),
                        rs.getLong("abstain")),
                rs.getInt("revision"), read(rs.getString("changes")),
                effective == null ? null : effective.toLocalDate(), instant(rs, "published_at"));
    }

    private String write(List<ParameterChange> changes) {
        try {
            return json.writeValueAsString(changes == null ? List.of() : changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the changes of a published outcome", e);
        }
    }

    private List<ParameterChange> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read the changes of a published outcome", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package org.roundtable.proposal.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleCategory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of the proposal read model: tables {@code proposal} and {@code proposal_revision}. */
@Component
class ProposalRows {

    private static final TypeReference<List<ParameterChange>> CHANGES = new TypeReference<>() {
    };
    private static final TypeReference<List<RevisionDelta>> DELTA = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    ProposalRows(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void replaceDraft(ProposalId id, PlatformId platformId, ProposalContent content, Instant at) {
        forget(id);
        jdbc.update("""
                INSERT INTO proposal (proposal_id, platform_id, title, category, rationale, expected_impact,
                    effective_date, status, revision, changes, round_id, drafted_at, changed_at)
                VALUES (:id, :platform, :title, :category, :rationale, :impact, :effective, :status, 0, :changes,
                    NULL, :at, :at)""", contentOf(id, content, at)
                .addValue("platform", platformId.value())
                .addValue("status", ProposalStatus.DRAFT.name()));
    }

    void rewrite(ProposalId id, ProposalContent content, Instant at) {
        jdbc.update("""
                UPDATE proposal SET title = :title, category = :category, rationale = :rationale,
                    expected_impact = :impact, effective_date = :effective, changes = :changes, changed_at = :at
                WHERE proposal_id = :id""", contentOf(id, content, at));
    }

    void reviseTo(ProposalId id, int revision, List<ParameterChange> changes, Instant at) {
        jdbc.update("""
                UPDATE proposal SET revision = :revision, changes = :changes, changed_at = :at
                WHERE proposal_id = :id""", new MapSqlParameterSource("id", id.value())
                .addValue("revision", revision).addValue("changes", write(changes)).addValue("at", utc(at)));
    }

    void putRevision(ProposalId id, int revision, List<ParameterChange> changes, List<RevisionDelta> delta,
                     String reason, AmendmentId amendmentId, Instant at) {
        MapSqlParameterSource row = new MapSqlParameterSource("id", id.value()).addValue("revision", revision);
        jdbc.update("DELETE FROM proposal_revision WHERE proposal_id = :id AND revision = :revision", row);
        jdbc.update("""
                INSERT INTO proposal_revision (proposal_id, revision, changes, delta, reason, amendment_id, revised_at)
                VALUES (:id, :revision, :changes, :delta, :reason, :amendment, :at)""", row
                .addValue("changes", write(changes)).addValue("delta", write(delta)).addValue("reason", reason)
                .addValue("amendment", amendmentId == null ? null : amendmentId.value()).addValue("at", utc(at)));
    }

    void moveTo(ProposalId id, ProposalStatus status, RoundId roundId, Instant at) {
        jdbc.update("""
                UPDATE proposal SET status = :status, round_id = :round, changed_at = :at
                WHERE proposal_id = :id""", new MapSqlParameterSource("id", id.value())
                .addValue("status", status.name()).addValue("round", roundId == null ? null : roundId.value())
                .addValue("at", utc(at)));
    }

    /**
     * Reads the proposal row first and then only the revisions up to its current one, so that a
     * revision committed between the two reads never shows up ahead of the proposal itself.
     */
    Optional<ProposalView> find(ProposalId id) {
        Optional<ProposalView> proposal = jdbc.query("SELECT * FROM proposal WHERE proposal_id = :id",
                Map.of("id", id.value()), (rs, n) -> view(rs, List.of())).stream().findFirst();
        return proposal.map(found -> withRevisions(found, jdbc.query("""
                        SELECT * FROM proposal_revision WHERE proposal_id = :id AND revision <= :current
                        ORDER BY revision""", new MapSqlParameterSource("id", id.value())
                        .addValue("current", found.revision()), (rs, n) -> revision(rs))));
    }

    List<ProposalSummary> list(PlatformId platformId) {
        String where = platformId == null ? "" : "WHERE platform_id = :platform ";
        return jdbc.query("SELECT * FROM proposal " + where + "ORDER BY drafted_at DESC, proposal_id DESC",
                new MapSqlParameterSource("platform", platformId == null ? null : platformId.value()),
                (rs, n) -> summary(rs));
    }

    void forget(ProposalId id) {
        Map<String, String> key = Map.of("id", id.value());
        jdbc.update("DELETE FROM proposal_revision WHERE proposal_id = :id", key);
        jdbc.update("DELETE FROM proposal WHERE proposal_id = :id", key);
    }

    void clear() {
        jdbc.getJdbcOperations().update("DELETE FROM proposal_revision");
        jdbc.getJdbcOperations().update("DELETE FROM proposal");
    }

    private MapSqlParameterSource contentOf(ProposalId id, ProposalContent content, Instant at) {
        return new MapSqlParameterSource("id", id.value())
                .addValue("title", content.title())
                .addValue("category", content.category().name())
                .addValue("rationale", content.rationale())
                .addValue("impact", content.expectedImpact())
                .addValue("effective", content.effectiveDate())
                .addValue("changes", write(content.changes()))
                .addValue("at", utc(at));
    }

    private static ProposalView withRevisions(ProposalView p, List<RevisionView> revisions) {
        return new ProposalView(p.id(), p.platformId(), p.title(), p.category(), p.rationale(), p.expectedImpact(),
                p.effectiveDate(), p.status(), p.revision(), p.changes(), p.roundId(), revisions);
    }

    private ProposalView view(ResultSet rs, List<RevisionView> revisions) throws SQLException {
        String round = rs.getString("round_id");
        return new ProposalView(ProposalId.of(rs.getString("proposal_id")), PlatformId.of(rs.getString("platform_id")),
                rs.getString("title"), RuleCategory.valueOf(rs.getString("category")), rs.getString("rationale"),
                rs.getString("expected_impact"), rs.getObject("effective_date", LocalDate.class),
                ProposalStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                read(rs.getString("changes"), CHANGES), round == null ? null : RoundId.of(round), revisions);
    }

    private ProposalSummary summary(ResultSet rs) throws SQLException {
        String round = rs.getString("round_id");
        return new ProposalSummary(ProposalId.of(rs.getString("proposal_id")),
                PlatformId.of(rs.getString("platform_id")), rs.getString("title"),
                RuleCategory.valueOf(rs.getString("category")), ProposalStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"), round == null ? null : RoundId.of(round),
                rs.getObject("effective_date", LocalDate.class),
                rs.getObject("drafted_at", OffsetDateTime.class).toInstant());
    }

    private RevisionView revision(ResultSet rs) throws SQLException {
        String amendment = rs.getString("amendment_id");
        return new RevisionView(rs.getInt("revision"), read(rs.getString("changes"), CHANGES),
                read(rs.getString("delta"), DELTA), rs.getString("reason"),
                amendment == null ? null : AmendmentId.of(amendment),
                rs.getObject("revised_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the proposal read model as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the proposal read model from JSON", e);
        }
    }
}

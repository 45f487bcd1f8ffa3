package org.roundtable.preview.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.roundtable.people.PersonId;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.proposal.ProposalEvents.ImpactPreviewRecorded;
import org.roundtable.proposal.ProposalId;
import org.roundtable.rule.RuleId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of recorded previews: table {@code impact_preview}, the figures as JSON. */
@Component
class RecordedPreviewRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    RecordedPreviewRows(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Idempotent: a redelivered event replaces its own row. */
    void put(ImpactPreviewRecorded event, long sequence, Instant at) {
        MapSqlParameterSource row = new MapSqlParameterSource("proposal", event.proposalId().value())
                .addValue("sequence", sequence).addValue("revision", event.revision())
                .addValue("rule", event.ruleId().value()).addValue("ruleVersion", event.ruleVersion())
                .addValue("impact", write(event.impact())).addValue("by", event.recordedBy().value())
                .addValue("at", at.atOffset(ZoneOffset.UTC));
        jdbc.update("DELETE FROM impact_preview WHERE proposal_id = :proposal AND sequence = :sequence", row);
        jdbc.update("""
                INSERT INTO impact_preview (proposal_id, sequence, revision, rule_id, rule_version, impact,
                    recorded_by, recorded_at)
                VALUES (:proposal, :sequence, :revision, :rule, :ruleVersion, :impact, :by, :at)""", row);
    }

    List<RecordedPreviewView> of(ProposalId proposalId) {
        return jdbc.query("SELECT * FROM impact_preview WHERE proposal_id = :proposal ORDER BY sequence DESC",
                Map.of("proposal", proposalId.value()), (rs, n) -> new RecordedPreviewView(proposalId,
                        rs.getLong("sequence"), rs.getInt("revision"), RuleId.of(rs.getString("rule_id")),
                        rs.getInt("rule_version"), read(rs.getString("impact")),
                        PersonId.of(rs.getString("recorded_by")),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()));
    }

    void clear() {
        jdbc.getJdbcOperations().update("DELETE FROM impact_preview");
    }

    private String write(RecordedImpact impact) {
        try {
            return json.writeValueAsString(impact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a recorded preview as JSON", e);
        }
    }

    private RecordedImpact read(String text) {
        try {
            return json.readValue(text, RecordedImpact.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a recorded preview from JSON", e);
        }
    }
}

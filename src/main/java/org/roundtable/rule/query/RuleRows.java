package org.roundtable.rule.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.round.RoundId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of the rule registry: tables {@code rule} and {@code rule_version}. */
@Component
class RuleRows {

    private static final TypeReference<List<Parameter>> PARAMETERS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    RuleRows(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void register(RuleRegistered event, Instant at) {
        Map<String, String> key = Map.of("id", event.ruleId().value());
        jdbc.update("DELETE FROM rule_version WHERE rule_id = :id", key);
        jdbc.update("DELETE FROM rule WHERE rule_id = :id", key);
        jdbc.update("""
                INSERT INTO rule (rule_id, platform_id, name, category, version, parameters, summary, effective_date,
                    registered_at, kind)
                VALUES (:id, :platform, :name, :category, 1, :parameters, :summary, NULL, :at, :kind)""",
                new MapSqlParameterSource("id", event.ruleId().value())
                        .addValue("platform", event.platformId().value()).addValue("name", event.name())
                        .addValue("category", event.category().name())
                        .addValue("kind", event.kind() == null ? null : event.kind().name())
                        .addValue("parameters", write(event.parameters())).addValue("summary", event.summary())
                        .addValue("at", at.atOffset(ZoneOffset.UTC)));
        putVersion(event.ruleId(), 1, event.parameters(), event.summary(), null, null, at);
    }

    void adopt(RuleVersionAdopted event, Instant at) {
        jdbc.update("""
                UPDATE rule SET version = :version, parameters = :parameters, summary = :summary,
                    effective_date = :effective
                WHERE rule_id = :id""", new MapSqlParameterSource("id", event.ruleId().value())
                .addValue("version", event.version()).addValue("parameters", write(event.parameters()))
                .addValue("summary", event.summary()).addValue("effective", event.effectiveDate()));
        putVersion(event.ruleId(), event.version(), event.parameters(), event.summary(), event.effectiveDate(),
                event.roundId(), at);
    }

    /** Reads the rule first, then only its versions up to the current one, so the two always agree. */
    Optional<RuleView> find(RuleId id) {
        Optional<RuleView> rule = jdbc.query("SELECT * FROM rule WHERE rule_id = :id", Map.of("id", id.value()),
                (rs, n) -> view(rs, List.of())).stream().findFirst();
        return rule.map(found -> {
            List<RuleVersionView> versions = jdbc.query("""
                    SELECT * FROM rule_version WHERE rule_id = :id AND version <= :current
                    ORDER BY version""", new MapSqlParameterSource("id", id.value())
                    .addValue("current", found.version()), (rs, n) -> version(rs, found.kind()));
            return new RuleView(found.id(), found.platformId(), found.name(), found.category(), found.version(),
                    found.parameters(), found.summary(), found.effectiveDate(), versions, found.kind(),
                    found.inWords());
        });
    }

    List<RuleSummary> list(PlatformId platformId) {
        String where = platformId == null ? "" : "WHERE platform_id = :platform ";
        return jdbc.query("SELECT * FROM rule " + where + "ORDER BY platform_id, name, rule_id",
                new MapSqlParameterSource("platform", platformId == null ? null : platformId.value()),
                (rs, n) -> summary(rs));
    }

    void clear() {
        jdbc.getJdbcOperations().update("DELETE FROM rule_version");
        jdbc.getJdbcOperations().update("DELETE FROM rule");
    }

    private void putVersion(RuleId id, int version, List<Parameter> parameters, String summary, LocalDate effective,
                            RoundId roundId, Instant at) {
        MapSqlParameterSource row = new MapSqlParameterSource("id", id.value()).addValue("version", version);
        jdbc.update("DELETE FROM rule_version WHERE rule_id = :id AND version = :version", row);
        jdbc.update("""
                INSERT INTO rule_version (rule_id, version, parameters, summary, effective_date, round_id, recorded_at)
                VALUES (:id, :version, :parameters, :summary, :effective, :round, :at)""", row
                .addValue("parameters", write(parameters)).addValue("summary", summary)
                .addValue("effective", effective).addValue("round", roundId == null ? null : roundId.value())
                .addValue("at", at.atOffset(ZoneOffset.UTC)));
    }

    private RuleView view(ResultSet rs, List<RuleVersionView> versions) throws SQLException {
        RuleKind kind = kind(rs);
        List<Parameter> parameters = read(rs.getString("parameters"));
        return new RuleView(RuleId.of(rs.getString("rule_id")), PlatformId.of(rs.getString("platform_id")),
                rs.getString("name"), RuleCategory.valueOf(rs.getString("category")), rs.getInt("version"),
                parameters, rs.getString("summary"), rs.getObject("effective_date", LocalDate.class), versions, kind,
                RuleModel.describe(kind, parameters).orElse(null));
    }

    private RuleSummary summary(ResultSet rs) throws SQLException {
        return new RuleSummary(RuleId.of(rs.getString("rule_id")), PlatformId.of(rs.getString("platform_id")),
                rs.getString("name"), RuleCategory.valueOf(rs.getString("category")), rs.getInt("version"),
                rs.getObject("effective_date", LocalDate.class), kind(rs));
    }

    private RuleVersionView version(ResultSet rs, RuleKind kind) throws SQLException {
        String round = rs.getString("round_id");
        List<Parameter> parameters = read(rs.getString("parameters"));
        return new RuleVersionView(rs.getInt("version"), parameters, rs.getString("summary"),
                rs.getObject("effective_date", LocalDate.class), round == null ? null : RoundId.of(round),
                RuleModel.describe(kind, parameters).orElse(null));
    }

    private static RuleKind kind(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        return kind == null ? null : RuleKind.valueOf(kind);
    }

    private String write(List<Parameter> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule parameters as JSON", e);
        }
    }

    private List<Parameter> read(String text) {
        try {
            return json.readValue(text, PARAMETERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read rule parameters from JSON", e);
        }
    }
}

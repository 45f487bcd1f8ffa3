package org.roundtable.rule.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.roundtable.rule.RuleModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code rule_model} table: the kind and current parameters of every rule with a kind. */
@Component
class JdbcRuleModels implements RuleModels {

    private static final TypeReference<List<Parameter>> PARAMETERS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    JdbcRuleModels(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<RuleModel> current(RuleId ruleId) {
        return jdbc.query("select platform_id, kind, version, parameters from rule_model where rule_id = ?",
                (rs, n) -> new RuleModel(ruleId, PlatformId.of(rs.getString("platform_id")),
                        RuleKind.valueOf(rs.getString("kind")), rs.getInt("version"), read(rs.getString("parameters"))),
                ruleId.value()).stream().findFirst();
    }

    void put(RuleId ruleId, PlatformId platformId, RuleKind kind, int version, List<Parameter> parameters) {
        jdbc.update("delete from rule_model where rule_id = ?", ruleId.value());
        jdbc.update("insert into rule_model (rule_id, platform_id, kind, version, parameters) values (?, ?, ?, ?, ?)",
                ruleId.value(), platformId.value(), kind.name(), version, write(parameters));
    }

    void update(RuleId ruleId, int version, List<Parameter> parameters) {
        jdbc.update("update rule_model set version = ?, parameters = ? where rule_id = ?", version, write(parameters),
                ruleId.value());
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

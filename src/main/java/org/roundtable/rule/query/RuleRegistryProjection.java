package org.roundtable.rule.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.roundtable.shared.DomainException;
import org.springframework.stereotype.Component;

/** The public registry of platforms' algorithm rules: each rule as it stands, and all its versions. */
@Component
@ProcessingGroup("rule-registry-projection")
class RuleRegistryProjection {

    private final RuleRows rows;

    RuleRegistryProjection(RuleRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(RuleRegistered event, @Timestamp Instant at) {
        rows.register(event, at);
    }

    @EventHandler
    void on(RuleVersionAdopted event, @Timestamp Instant at) {
        rows.adopt(event, at);
    }

    @QueryHandler
    Optional<RuleView> handle(FindRule query) {
        return rows.find(query.ruleId());
    }

    @QueryHandler
    List<RuleSummary> handle(FindRules query) {
        return rows.list(query.platformId());
    }

    @QueryHandler
    List<RuleChangeInWords> handle(FindRuleChangesInWords query) {
        Set<RuleId> rules = new LinkedHashSet<>();
        query.changes().forEach(change -> rules.add(change.ruleId()));
        List<RuleChangeInWords> answer = new ArrayList<>();
        for (RuleId id : rules) {
            rows.find(id).filter(rule -> rule.kind() != null).ifPresent(rule -> answer.add(inWords(rule,
                    query.changes())));
        }
        return answer;
    }

    private static RuleChangeInWords inWords(RuleView rule, List<ParameterChange> changes) {
        RuleModel model = new RuleModel(rule.id(), rule.platformId(), rule.kind(), rule.version(), rule.parameters());
        List<Parameter> after = model.after(changes);
        String problem = null;
        try {
            model.requireValidAfter(changes);
        } catch (DomainException.Invalid invalid) {
            problem = invalid.getMessage();
        }
        return new RuleChangeInWords(rule.id(), rule.name(), rule.kind(), rule.version(), rule.parameters(), after,
                rule.inWords(), problem == null ? RuleModel.describe(rule.kind(), after).orElse(null) : null,
                problem);
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}

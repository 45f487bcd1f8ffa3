package org.roundtable.rule.command;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code rule_model} table in the same transaction as the rule events (a subscribing
 * processor), so that a proposal is always checked against the rule's version as recorded. Rules
 * without a kind have no row.
 */
@Component
@ProcessingGroup("rule-models")
class RuleModelKeeper {

    private final JdbcRuleModels models;

    RuleModelKeeper(JdbcRuleModels models) {
        this.models = models;
    }

    @EventHandler
    void on(RuleRegistered event) {
        if (event.kind() != null) {
            models.put(event.ruleId(), event.platformId(), event.kind(), 1, event.parameters());
        }
    }

    @EventHandler
    void on(RuleVersionAdopted event) {
        models.update(event.ruleId(), event.version(), event.parameters());
    }
}

package org.roundtable.rule.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
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

    @ResetHandler
    void reset() {
        rows.clear();
    }
}

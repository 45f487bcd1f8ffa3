package org.roundtable.rule.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** When an adopted outcome is published, every rule it changes gets its next version. */
@Component
@ProcessingGroup("rule-adopt-versions")
@DisallowReplay
class WhenOutcomePublishedThenAdoptRuleVersions {

    private static final Logger log = LoggerFactory.getLogger(WhenOutcomePublishedThenAdoptRuleVersions.class);

    private final CommandGateway commandGateway;

    WhenOutcomePublishedThenAdoptRuleVersions(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(OutcomePublished event) {
        if (event.outcome() != Outcome.ADOPTED || event.changes() == null) {
            return;
        }
        Map<RuleId, List<ParameterChange>> byRule = event.changes().stream()
                .collect(Collectors.groupingBy(ParameterChange::ruleId, LinkedHashMap::new, Collectors.toList()));
        byRule.forEach((ruleId, changes) -> commandGateway
                .send(new AdoptRuleVersion(ruleId, event.roundId(), changes, event.effectiveDate()))
                .exceptionally(failure -> {
                    log.warn("Adopting a new version of rule {} from round {} was refused: {}", ruleId,
                            event.roundId(), (failure.getCause() != null ? failure.getCause() : failure).getMessage());
                    return null;
                }));
    }
}

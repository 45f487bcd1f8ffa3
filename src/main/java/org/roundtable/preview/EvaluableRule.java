package org.roundtable.preview;

import java.util.Map;

/** A rule model that can be evaluated order by order and described in plain words. */
public sealed interface EvaluableRule permits PricingRule, DeliveryTimeRule, DispatchRule {

    RuleKind kind();

    RuleSummary summary();

    /** Reads a rule of {@code kind} from its named parameters; refuses naming every problem. */
    static EvaluableRule of(RuleKind kind, Map<String, String> parameters) {
        return switch (kind) {
            case PRICING -> PricingRule.of(parameters);
            case TIME_ESTIMATE -> DeliveryTimeRule.of(parameters);
            case DISPATCH -> DispatchRule.of(parameters);
        };
    }
}

package org.roundtable.rule;

import org.roundtable.preview.RuleKind;

/** The kinds of algorithm rule named by the 2026 consultation guideline. */
public enum RuleCategory {
    DISPATCH,
    PRICING_AND_PAY,
    TIME_ESTIMATE,
    ROUTE_PLANNING,
    EVALUATION,
    REWARDS_AND_PENALTIES,
    HOURS_AND_REST;

    /** The kind of model a rule of this category may have, or null where there is no model yet. */
    public RuleKind modelKind() {
        return switch (this) {
            case DISPATCH -> RuleKind.DISPATCH;
            case PRICING_AND_PAY -> RuleKind.PRICING;
            case TIME_ESTIMATE -> RuleKind.TIME_ESTIMATE;
            default -> null;
        };
    }
}

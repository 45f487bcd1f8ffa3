package org.roundtable.rule;

/** The kinds of algorithm rule named by the 2026 consultation guideline. */
public enum RuleCategory {
    DISPATCH,
    PRICING_AND_PAY,
    TIME_ESTIMATE,
    ROUTE_PLANNING,
    EVALUATION,
    REWARDS_AND_PENALTIES,
    HOURS_AND_REST
}

package org.roundtable.rule.query;

import org.roundtable.rule.RuleId;

/** One rule with all its versions; answered with an optional {@link RuleView}. */
public record FindRule(RuleId ruleId) {
}

package org.roundtable.proposal;

import org.roundtable.rule.RuleId;

/** One line of a proposal's parameter diff: this parameter of this rule goes from current to proposed. */
public record ParameterChange(RuleId ruleId, String parameter, String currentValue, String proposedValue,
                              String unit) {

    public ParameterChange {
        if (ruleId == null) {
            throw new IllegalArgumentException("each parameter change must name its rule");
        }
        if (parameter == null || parameter.isBlank() || parameter.length() > 100) {
            throw new IllegalArgumentException("each parameter change needs a parameter name of 1 to 100 characters");
        }
        if (currentValue == null || currentValue.isBlank() || currentValue.length() > 100) {
            throw new IllegalArgumentException("parameter '" + parameter + "' needs its current value");
        }
        if (proposedValue == null || proposedValue.isBlank() || proposedValue.length() > 100) {
            throw new IllegalArgumentException("parameter '" + parameter + "' needs a proposed value");
        }
        unit = unit == null ? "" : unit;
    }
}

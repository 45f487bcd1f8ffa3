package org.roundtable.rule.query;

import java.util.List;
import org.roundtable.preview.RuleKind;
import org.roundtable.preview.RuleSummary;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleId;

/**
 * What a change does to one rule with a kind, in plain words generated from the parameters: the
 * current version ({@code now}) and the parameters after the change ({@code after}, null if they
 * would not make a valid rule, and {@code problem} then says why).
 */
public record RuleChangeInWords(RuleId ruleId, String name, RuleKind kind, int version, List<Parameter> parameters,
                                List<Parameter> parametersAfter, RuleSummary now, RuleSummary after,
                                String problem) {
}

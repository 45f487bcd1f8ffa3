package org.roundtable.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.EvaluableRule;
import org.roundtable.preview.RuleKind;
import org.roundtable.preview.RuleSummary;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.shared.DomainException;

/**
 * A rule with a model: its kind and the parameters of its current version. The one place that
 * says how a change of parameters makes the next parameters, for the rule's next version, for a
 * proposal's after-state and for the summaries on pages alike.
 */
public record RuleModel(RuleId ruleId, PlatformId platformId, RuleKind kind, int version, List<Parameter> parameters) {

    public RuleModel {
        if (ruleId == null || kind == null || version < 1) {
            throw new IllegalArgumentException("a modelled rule needs its id, kind and version");
        }
        parameters = List.copyOf(parameters);
    }

    /** The parameters after the changes of this rule among {@code changes}. */
    public List<Parameter> after(List<ParameterChange> changes) {
        return apply(parameters, changes.stream().filter(change -> ruleId.equals(change.ruleId())).toList());
    }

    /**
     * Checks that the changes of this rule among {@code changes} leave a valid model; refuses naming
     * the rule and every parameter at fault.
     */
    public void requireValidAfter(List<ParameterChange> changes) {
        try {
            EvaluableRule.of(kind, values(after(changes)));
        } catch (DomainException.Invalid invalid) {
            throw new DomainException.Invalid("After this change rule " + ruleId + " would no longer be a valid "
                    + kind + " rule. " + invalid.getMessage());
        }
    }

    /**
     * Sets each change's proposed value on the parameter it names (keeping the unit unless the
     * change gives one), or adds a parameter not known yet, keeping the order of the parameters.
     */
    public static List<Parameter> apply(List<Parameter> parameters, List<ParameterChange> changes) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(parameter -> byName.put(parameter.name(), parameter));
        for (ParameterChange change : changes) {
            Parameter old = byName.get(change.parameter());
            String unit = change.unit().isBlank() && old != null ? old.unit() : change.unit();
            byName.put(change.parameter(), new Parameter(change.parameter(), change.proposedValue(), unit));
        }
        return List.copyOf(byName.values());
    }

    /** The parameters as the names and values a model reads. */
    public static Map<String, String> values(List<Parameter> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(parameter -> values.put(parameter.name(), parameter.value()));
        return values;
    }

    /** The parameters in plain words, if they make a valid rule of {@code kind}. */
    public static Optional<RuleSummary> describe(RuleKind kind, List<Parameter> parameters) {
        if (kind == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EvaluableRule.of(kind, values(parameters)).summary());
        } catch (DomainException.Invalid invalid) {
            return Optional.empty();
        }
    }
}

package org.roundtable.rule.command;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.rule.Parameter;
import org.roundtable.shared.DomainException;

/** The parameters of one version of a rule, in their order, each name once. */
record RuleParameters(List<Parameter> list) {

    RuleParameters {
        list = List.copyOf(list);
    }

    static void requireUsable(List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            throw new DomainException.Invalid("A rule needs at least one parameter: name what the algorithm uses.");
        }
        Set<String> names = new HashSet<>();
        for (Parameter parameter : parameters) {
            if (!names.add(parameter.name())) {
                throw new DomainException.Invalid("Parameter '" + parameter.name()
                        + "' is listed more than once: give each parameter a unique name.");
            }
        }
    }

    Optional<Parameter> named(String name) {
        return list.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    /**
     * The parameters after these changes: a change sets the proposed value of the parameter it
     * names (keeping its unit unless the change gives one), or adds a parameter not known yet.
     */
    RuleParameters with(List<ParameterChange> changes) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        list.forEach(parameter -> byName.put(parameter.name(), parameter));
        for (ParameterChange change : changes) {
            Parameter old = byName.get(change.parameter());
            String unit = change.unit().isBlank() && old != null ? old.unit() : change.unit();
            byName.put(change.parameter(), new Parameter(change.parameter(), change.proposedValue(), unit));
        }
        return new RuleParameters(List.copyOf(byName.values()));
    }
}

package org.roundtable.rule.command;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleModel;
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

    /** The parameters after these changes, made the one way {@link RuleModel#apply} makes them. */
    RuleParameters with(List<ParameterChange> changes) {
        return new RuleParameters(RuleModel.apply(list, changes));
    }
}

package org.roundtable.proposal.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModels;
import org.roundtable.shared.DomainException;

/**
 * What a proposal's lines would make of the rules they change: each rule with a kind, with the
 * proposed values set on its current version, must still be a valid model. Rules without a kind
 * (and ids that name no registered rule) are not checked.
 */
final class AfterState {

    private AfterState() {
    }

    static void requireValid(List<ParameterChange> lines, RuleModels rules, String what) {
        Set<RuleId> changed = new LinkedHashSet<>();
        lines.forEach(line -> changed.add(line.ruleId()));
        List<String> problems = new ArrayList<>();
        for (RuleId ruleId : changed) {
            rules.current(ruleId).ifPresent(model -> {
                try {
                    model.requireValidAfter(lines);
                } catch (DomainException.Invalid invalid) {
                    problems.add(invalid.getMessage());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid(what + " is refused: " + String.join(" ", problems));
        }
    }
}

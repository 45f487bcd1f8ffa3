package org.roundtable.rule.query;

import java.util.List;
import org.roundtable.proposal.ParameterChange;

/**
 * The rules with a kind that {@code changes} touch, each with its current version and the
 * version these changes would make, in plain words; answered with a list of {@link RuleChangeInWords}
 * in the order the changes first name the rules.
 */
public record FindRuleChangesInWords(List<ParameterChange> changes) {

    public FindRuleChangesInWords {
        changes = List.copyOf(changes);
    }
}

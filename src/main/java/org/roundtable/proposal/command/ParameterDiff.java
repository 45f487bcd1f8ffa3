package org.roundtable.proposal.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

/**
 * A proposal's parameter diff: at most one line per (rule, parameter). A revision replaces the
 * lines it names and adds the others, keeping the order of the lines it leaves in place.
 */
record ParameterDiff(List<ParameterChange> lines) {

    static final int MAX_LINES = 100;

    ParameterDiff {
        lines = List.copyOf(lines);
        requireOneLinePerParameter(lines);
    }

    /** What a revision makes of this diff: the full new list of lines and how each changed line moved. */
    record Revised(List<ParameterChange> lines, List<RevisionDelta> delta) {

        boolean changesNothing() {
            return delta.isEmpty();
        }
    }

    Revised revise(List<ParameterChange> changes) {
        requireOneLinePerParameter(changes);
        Map<Key, ParameterChange> merged = new LinkedHashMap<>();
        lines.forEach(line -> merged.put(Key.of(line), line));
        List<RevisionDelta> delta = new ArrayList<>();
        for (ParameterChange change : changes) {
            ParameterChange previous = merged.put(Key.of(change), change);
            if (!change.equals(previous)) {
                delta.add(new RevisionDelta(change.ruleId(), change.parameter(),
                        previous == null ? null : previous.proposedValue(), change.proposedValue()));
            }
        }
        if (merged.size() > MAX_LINES) {
            throw new DomainException.Invalid("This revision would make the proposal change " + merged.size()
                    + " parameters; a proposal may change at most " + MAX_LINES + ". Split it into several proposals.");
        }
        return new Revised(List.copyOf(merged.values()), List.copyOf(delta));
    }

    static void requireOneLinePerParameter(List<ParameterChange> changes) {
        Set<Key> seen = new HashSet<>();
        for (ParameterChange change : changes) {
            if (!seen.add(Key.of(change))) {
                throw new DomainException.Invalid("Parameter '" + change.parameter() + "' of rule " + change.ruleId()
                        + " appears more than once: give each parameter of a rule one line only.");
            }
        }
    }

    private record Key(RuleId ruleId, String parameter) {

        static Key of(ParameterChange change) {
            return new Key(change.ruleId(), change.parameter());
        }
    }
}

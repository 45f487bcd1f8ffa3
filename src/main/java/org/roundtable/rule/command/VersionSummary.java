package org.roundtable.rule.command;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.RoundId;

/**
 * The plain-language summary of a new rule version: the previous summary, plus one line that
 * lists what the adopted outcome changed ("base fare: 3.5 → 4.0 CNY/km").
 */
final class VersionSummary {

    private VersionSummary() {
    }

    static String extend(String summary, RuleParameters before, List<ParameterChange> changes, RoundId roundId,
                         LocalDate effectiveDate) {
        String lines = changes.stream().map(change -> line(before, change)).collect(Collectors.joining("; "));
        String when = effectiveDate == null ? "" : ", effective " + effectiveDate;
        return summary + "\nAdopted in round " + roundId + when + ": " + lines + ".";
    }

    private static String line(RuleParameters before, ParameterChange change) {
        String old = before.named(change.parameter()).map(parameter -> parameter.value()).orElse("(new)");
        String unit = change.unit().isBlank()
                ? before.named(change.parameter()).map(parameter -> parameter.unit()).orElse("")
                : change.unit();
        return change.parameter() + ": " + old + " → " + change.proposedValue() + (unit.isBlank() ? "" : " " + unit);
    }
}

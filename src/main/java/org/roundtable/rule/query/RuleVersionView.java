package org.roundtable.rule.query;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.round.RoundId;
import org.roundtable.rule.Parameter;

/**
 * One version of a rule. Version 1 is the rule as registered, so it has no round and no
 * effective date; later versions name the consultation round that adopted them. A version of a
 * rule with a kind has {@code inWords}, generated from its parameters.
 */
public record RuleVersionView(int version, List<Parameter> parameters, String summary, LocalDate effectiveDate,
                              RoundId roundId, org.roundtable.preview.RuleSummary inWords) {
}

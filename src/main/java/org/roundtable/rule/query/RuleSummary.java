package org.roundtable.rule.query;

import java.time.LocalDate;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;

/** One line of a list of rules; {@code kind} is null for a free-form rule. */
public record RuleSummary(RuleId id, PlatformId platformId, String name, RuleCategory category, int version,
                          LocalDate effectiveDate, RuleKind kind) {
}

package org.roundtable.rule.query;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;

/** An algorithm rule as it stands now, with every version it has had, oldest first. */
public record RuleView(RuleId id, PlatformId platformId, String name, RuleCategory category, int version,
                       List<Parameter> parameters, String summary, LocalDate effectiveDate,
                       List<RuleVersionView> versions) {
}

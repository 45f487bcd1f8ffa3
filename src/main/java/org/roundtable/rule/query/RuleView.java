package org.roundtable.rule.query;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;

/**
 * An algorithm rule as it stands now, with every version it has had, oldest first. A rule with a
 * {@code kind} has {@code inWords}: its current parameters in plain words, generated from them (null
 * if they no longer make a valid model); {@code summary} is the text recorded with the version.
 */
public record RuleView(RuleId id, PlatformId platformId, String name, RuleCategory category, int version,
                       List<Parameter> parameters, String summary, LocalDate effectiveDate,
                       List<RuleVersionView> versions, RuleKind kind, org.roundtable.preview.RuleSummary inWords) {

    /** A free-form rule. */
    public RuleView(RuleId id, PlatformId platformId, String name, RuleCategory category, int version,
                    List<Parameter> parameters, String summary, LocalDate effectiveDate,
                    List<RuleVersionView> versions) {
        this(id, platformId, name, category, version, parameters, summary, effectiveDate, versions, null, null);
    }
}

package org.roundtable.oversight.query;

import java.time.LocalDate;
import org.roundtable.oversight.FilingId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/** The filing of one adopted rule version: due date, filing number and date once filed, overdue/late flags. */
public record FilingView(FilingId id, RuleId ruleId, int version, PlatformId platformId, LocalDate adoptedOn,
                         LocalDate dueBy, String filingNumber, LocalDate filedOn, boolean filed, boolean late,
                         boolean overdue) {
}

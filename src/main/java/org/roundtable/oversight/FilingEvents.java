package org.roundtable.oversight;

import java.time.LocalDate;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/** Facts about filing adopted rule versions with the regulator. */
public sealed interface FilingEvents {

    FilingId filingId();

    /** A fact that an adopted rule version must be filed with the regulator by {@code dueBy}. */
    record FilingOpened(FilingId filingId, RuleId ruleId, int version, PlatformId platformId, LocalDate adoptedOn,
                        LocalDate dueBy) implements FilingEvents {
    }

    /** A fact that the platform filed the rule version with the regulator under a filing number. */
    record RuleVersionFiled(FilingId filingId, String filingNumber, LocalDate filedOn, boolean late,
                            PersonId recordedBy) implements FilingEvents {
    }

    /** A fact that the due date of a filing passed while it was still unfiled. */
    record FilingOverdue(FilingId filingId, LocalDate dueBy) implements FilingEvents {
    }
}

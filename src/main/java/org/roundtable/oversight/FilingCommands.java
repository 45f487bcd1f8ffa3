package org.roundtable.oversight;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/** Commands of the RuleFiling aggregate: filing an adopted rule version with the regulator (备案). */
public sealed interface FilingCommands {

    FilingId filingId();

    /** Sent when a rule version is adopted; {@code platformId} may be null when not yet known. */
    record OpenFiling(@TargetAggregateIdentifier FilingId filingId, RuleId ruleId, int version,
                      PlatformId platformId, LocalDate adoptedOn, LocalDate dueBy) implements FilingCommands {
        public OpenFiling {
            if (ruleId == null || version < 1 || adoptedOn == null || dueBy == null) {
                throw new IllegalArgumentException("a filing needs the rule, its version, the adoption day and a due date");
            }
        }
    }

    /** Platform HR records the regulator's filing number and the day it was filed. */
    record RecordFiling(@TargetAggregateIdentifier FilingId filingId, String filingNumber, LocalDate filedOn,
                        PersonId recordedBy) implements FilingCommands {
        public RecordFiling {
            if (filingNumber == null || filingNumber.isBlank() || filingNumber.strip().length() > 64) {
                throw new IllegalArgumentException("the filing number must have 1 to 64 characters");
            }
            if (filedOn == null) {
                throw new IllegalArgumentException("the day of filing is required");
            }
            filingNumber = filingNumber.strip();
        }
    }
}

package org.roundtable.rule;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.round.RoundId;

/** Facts about algorithm rules and their versions. */
public sealed interface RuleEvents {

    RuleId ruleId();

    /**
     * A fact that a platform's algorithm rule was recorded as version 1. {@code kind} names the
     * rule's model (null for a free-form rule and for every rule registered before rules had
     * kinds); the summary of a rule with a kind is the one generated from its parameters.
     */
    record RuleRegistered(RuleId ruleId, PlatformId platformId, String name, RuleCategory category, String summary,
                          List<Parameter> parameters, PersonId registeredBy, RuleKind kind) implements RuleEvents {

        /** A free-form rule. */
        public RuleRegistered(RuleId ruleId, PlatformId platformId, String name, RuleCategory category,
                              String summary, List<Parameter> parameters, PersonId registeredBy) {
            this(ruleId, platformId, name, category, summary, parameters, registeredBy, null);
        }
    }

    /** A fact that an adopted and published outcome made a new version of a rule. */
    record RuleVersionAdopted(RuleId ruleId, int version, List<Parameter> parameters, String summary,
                              LocalDate effectiveDate, RoundId roundId) implements RuleEvents {
    }
}

package org.roundtable.rule;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.RoundId;

/** Commands of the AlgorithmRule aggregate: the registry of a platform's algorithm rules. */
public sealed interface RuleCommands {

    /**
     * Platform HR records an algorithm rule as it stands today (version 1). A rule with a
     * {@code kind} is a model: its parameters are checked by it and its summary is generated from
     * them, so {@code summary} stays empty. A rule without one is described by {@code summary}.
     */
    record RegisterRule(@TargetAggregateIdentifier RuleId ruleId, PlatformId platformId, String name,
                        RuleCategory category, String summary, List<Parameter> parameters, PersonId registeredBy,
                        RuleKind kind) implements RuleCommands {
        public RegisterRule {
            parameters = List.copyOf(parameters);
        }

        /** A free-form rule, described in the platform's own words. */
        public RegisterRule(RuleId ruleId, PlatformId platformId, String name, RuleCategory category, String summary,
                            List<Parameter> parameters, PersonId registeredBy) {
            this(ruleId, platformId, name, category, summary, parameters, registeredBy, null);
        }
    }

    /** Publication of an adopted outcome makes a new version of the rule with the changed parameters. */
    record AdoptRuleVersion(@TargetAggregateIdentifier RuleId ruleId, RoundId roundId, List<ParameterChange> changes,
                            LocalDate effectiveDate) implements RuleCommands {
        public AdoptRuleVersion {
            changes = List.copyOf(changes);
        }
    }
}

package org.roundtable.rule.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.preview.RuleKind;
import org.roundtable.preview.RuleSummary;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.roundtable.shared.DomainException;

/**
 * One algorithm rule of a platform, versioned: registered as it stands (version 1), then changed
 * only by outcomes adopted in consultation, each making the next version.
 */
@Aggregate
class AlgorithmRuleAggregate {

    @AggregateIdentifier
    private RuleId ruleId;
    private int version;
    private RuleKind kind;
    private RuleParameters parameters;
    private String summary;
    private final Set<RoundId> adoptedFrom = new HashSet<>();

    AlgorithmRuleAggregate() {
        // for Axon
    }

    @CommandHandler
    AlgorithmRuleAggregate(RegisterRule command) {
        requirePlatform(command);
        requireName(command.name());
        requireCategory(command);
        RuleParameters.requireUsable(command.parameters());
        String summary;
        if (command.kind() == null) {
            requireSummary(command.summary());
            summary = command.summary().strip();
        } else {
            summary = ModelChecks.registered(command);
        }
        apply(new RuleRegistered(command.ruleId(), command.platformId(), command.name().strip(), command.category(),
                summary, command.parameters(), command.registeredBy(), command.kind()));
    }

    /**
     * Adopts what a published outcome changed. A rule with a kind gets the summary generated from
     * its new parameters; an adopted outcome is never refused for its content, so if the new
     * parameters no longer make a valid model the previous words are kept and extended instead.
     */
    @CommandHandler
    void handle(AdoptRuleVersion command) {
        requireRound(command.roundId());
        assertNotAdoptedFrom(command.roundId());
        List<ParameterChange> mine = changesOfThisRule(command.changes());
        RuleParameters next = parameters.with(mine);
        String base = RuleModel.describe(kind, next.list()).map(RuleSummary::en).orElse(summary);
        String nextSummary = VersionSummary.extend(base, parameters, mine, command.roundId(),
                command.effectiveDate());
        apply(new RuleVersionAdopted(ruleId, version + 1, next.list(), nextSummary, command.effectiveDate(),
                command.roundId()));
    }

    private List<ParameterChange> changesOfThisRule(List<ParameterChange> changes) {
        List<ParameterChange> mine = changes.stream().filter(change -> ruleId.equals(change.ruleId())).toList();
        if (mine.isEmpty()) {
            throw new DomainException.Invalid("None of these changes concerns rule " + ruleId
                    + ": send each rule only the changes that name it.");
        }
        return mine;
    }

    private void assertNotAdoptedFrom(RoundId roundId) {
        if (adoptedFrom.contains(roundId)) {
            throw new DomainException.Conflict("Rule " + ruleId + " already has a version adopted from round "
                    + roundId + ".");
        }
    }

    private static void requireRound(RoundId roundId) {
        if (roundId == null) {
            throw new DomainException.Invalid("A rule version is adopted from a consultation round: name the round.");
        }
    }

    private static void requirePlatform(RegisterRule command) {
        if (command.platformId() == null) {
            throw new DomainException.Invalid("Name the platform whose rule this is.");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainException.Invalid("Give the rule a name of 1 to 200 characters.");
        }
    }

    private static void requireCategory(RegisterRule command) {
        if (command.category() == null) {
            throw new DomainException.Invalid("Say what kind of rule " + command.name()
                    + " is: dispatch, pricing and pay, time estimate, route planning, evaluation,"
                    + " rewards and penalties, or hours and rest.");
        }
    }

    private static void requireSummary(String summary) {
        if (summary == null || summary.isBlank() || summary.length() > 10_000) {
            throw new DomainException.Invalid("Describe in plain language what the rule does, in 1 to 10000 characters.");
        }
    }

    @EventSourcingHandler
    void on(RuleRegistered event) {
        ruleId = event.ruleId();
        kind = event.kind();
        version = 1;
        parameters = new RuleParameters(event.parameters());
        summary = event.summary();
    }

    @EventSourcingHandler
    void on(RuleVersionAdopted event) {
        version = event.version();
        parameters = new RuleParameters(event.parameters());
        summary = event.summary();
        adoptedFrom.add(event.roundId());
    }
}

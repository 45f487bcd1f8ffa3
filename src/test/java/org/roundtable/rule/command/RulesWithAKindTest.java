package org.roundtable.rule.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.EvaluableRule;
import org.roundtable.preview.RuleKind;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.RoundId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.roundtable.shared.DomainException;

/** A rule registered with a kind is a model: its parameters are checked and its words generated from them. */
class RulesWithAKindTest {

    private static final RuleId RULE = RuleId.of("rule-dispatch");
    private static final PlatformId PLATFORM = PlatformId.of("pf-fastfood");
    private static final PersonId HR = PersonId.of("p-hr");
    private static final RoundId ROUND = RoundId.of("round-1");
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);
    static final List<Parameter> DISPATCH = List.of(new Parameter("max_concurrent_orders", "3", "orders"),
            new Parameter("acceptance_radius_km", "3", "km"), new Parameter("weight_distance", "50%", ""),
            new Parameter("weight_idle_time", "30%", ""), new Parameter("weight_fairness", "20%", ""));

    private AggregateTestFixture<AlgorithmRuleAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AlgorithmRuleAggregate.class);
    }

    @Test
    void registersADispatchRuleWithTheSummaryGeneratedFromItsParameters() {
        String words = EvaluableRule.of(RuleKind.DISPATCH, RuleModel.values(DISPATCH)).summary().en();
        fixture.givenNoPriorActivity()
                .when(register(RuleCategory.DISPATCH, RuleKind.DISPATCH, null, DISPATCH))
                .expectEvents(new RuleRegistered(RULE, PLATFORM, "Dispatch", RuleCategory.DISPATCH, words, DISPATCH,
                        HR, RuleKind.DISPATCH));
    }

    @Test
    void refusesParametersTheModelDoesNotTakeNamingEachOne() {
        List<Parameter> bad = List.of(new Parameter("max_concurrent_orders", "three", ""),
                new Parameter("acceptance_radius_km", "3", "km"), new Parameter("weight_distance", "0.7", ""),
                new Parameter("weight_rating", "0.2", ""), new Parameter("weight_tips", "0.1", ""));
        fixture.givenNoPriorActivity()
                .when(register(RuleCategory.DISPATCH, RuleKind.DISPATCH, null, bad))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(allOf(containsString("max_concurrent_orders 'three' is not a whole number"),
                        containsString("'weight_tips' is not a parameter of a dispatch rule"),
                        containsString("add up to 0.9 (90%)")))
                .expectNoEvents();
    }

    @Test
    void refusesAKindThatDoesNotFitTheCategory() {
        fixture.givenNoPriorActivity()
                .when(register(RuleCategory.PRICING_AND_PAY, RuleKind.DISPATCH, null, DISPATCH))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("its kind is PRICING"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(register(RuleCategory.HOURS_AND_REST, RuleKind.DISPATCH, null, DISPATCH))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("have no model yet"))
                .expectNoEvents();
    }

    @Test
    void refusesASummaryWrittenByHandForARuleWithAKind() {
        fixture.givenNoPriorActivity()
                .when(register(RuleCategory.DISPATCH, RuleKind.DISPATCH, "Nearest rider first.", DISPATCH))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("leave the summary out"))
                .expectNoEvents();
    }

    @Test
    void anAdoptedVersionOfARuleWithAKindIsDescribedByItsNewParameters() {
        RuleRegistered registered = new RuleRegistered(RULE, PLATFORM, "Dispatch", RuleCategory.DISPATCH, "old words",
                DISPATCH, HR, RuleKind.DISPATCH);
        ParameterChange radius = new ParameterChange(RULE, "acceptance_radius_km", "3", "2.5", "");
        List<Parameter> next = RuleModel.apply(DISPATCH, List.of(radius));
        String words = EvaluableRule.of(RuleKind.DISPATCH, RuleModel.values(next)).summary().en();
        fixture.given(registered)
                .when(new AdoptRuleVersion(RULE, ROUND, List.of(radius), EFFECTIVE))
                .expectEvents(new RuleVersionAdopted(RULE, 2, next, words + "\nAdopted in round round-1, effective"
                        + " 2026-03-01: acceptance_radius_km: 3 → 2.5 km.", EFFECTIVE, ROUND));
    }

    @Test
    void anAdoptedOutcomeIsNeverRefusedForItsContentButKeepsTheOldWordsIfTheModelBreaks() {
        RuleRegistered registered = new RuleRegistered(RULE, PLATFORM, "Dispatch", RuleCategory.DISPATCH, "old words",
                DISPATCH, HR, RuleKind.DISPATCH);
        ParameterChange broken = new ParameterChange(RULE, "weight_distance", "50%", "60%", "");
        fixture.given(registered)
                .when(new AdoptRuleVersion(RULE, ROUND, List.of(broken), EFFECTIVE))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(messageWithPayload(hasToString(allOf(
                        containsString("version=2"), containsString("old words"), not(containsString("A rider holds"))))),
                        andNoMore()));
    }

    @Test
    void aRuleRegisteredWithoutAKindStaysFreeForm() {
        List<Parameter> free = List.of(new Parameter("storm_surcharge", "1.0", "CNY"));
        fixture.givenNoPriorActivity()
                .when(register(RuleCategory.PRICING_AND_PAY, null, "A storm surcharge.", free))
                .expectEvents(new RuleRegistered(RULE, PLATFORM, "Dispatch", RuleCategory.PRICING_AND_PAY,
                        "A storm surcharge.", free, HR));
    }

    private static RegisterRule register(RuleCategory category, RuleKind kind, String summary,
                                         List<Parameter> parameters) {
        return new RegisterRule(RULE, PLATFORM, "Dispatch", category, summary, parameters, HR, kind);
    }
}

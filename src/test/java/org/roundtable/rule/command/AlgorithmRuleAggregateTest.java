package org.roundtable.rule.command;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.RoundId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleEvents.RuleRegistered;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

/** Registering an algorithm rule and adopting its versions from consultation outcomes. */
class AlgorithmRuleAggregateTest {

    private static final RuleId RULE = RuleId.of("rule-pricing");
    private static final RuleId OTHER_RULE = RuleId.of("rule-dispatch");
    private static final PlatformId PLATFORM = PlatformId.of("pf-fastfood");
    private static final PersonId HR = PersonId.of("p-hr");
    private static final RoundId ROUND = RoundId.of("round-1");
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);
    private static final String SUMMARY = "Pay per order is a base fare plus a fee per kilometre.";
    private static final Parameter BASE_FARE = new Parameter("base fare", "3.5", "CNY");
    private static final Parameter PER_KM = new Parameter("per km", "1.0", "CNY/km");
    private static final RuleRegistered REGISTERED = new RuleRegistered(RULE, PLATFORM, "Order pay",
            RuleCategory.PRICING_AND_PAY, SUMMARY, List.of(BASE_FARE, PER_KM), HR);

    private AggregateTestFixture<AlgorithmRuleAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AlgorithmRuleAggregate.class);
    }

    @Test
    void registersARuleAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(register(SUMMARY, List.of(BASE_FARE, PER_KM)))
                .expectEvents(REGISTERED);
    }

    @Test
    void refusesARuleWithoutParameters() {
        fixture.givenNoPriorActivity()
                .when(register(SUMMARY, List.of()))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    @Test
    void refusesARuleWithTwoParametersOfTheSameName() {
        fixture.givenNoPriorActivity()
                .when(register(SUMMARY, List.of(BASE_FARE, new Parameter("base fare", "4", "CNY"))))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("base fare"))
                .expectNoEvents();
    }

    @Test
    void refusesARuleWithoutSummary() {
        fixture.givenNoPriorActivity()
                .when(register("  ", List.of(BASE_FARE)))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    @Test
    void refusesARuleWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterRule(RULE, PLATFORM, "", RuleCategory.PRICING_AND_PAY, SUMMARY, List.of(BASE_FARE), HR))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    @Test
    void adoptsTheChangesOfThisRuleAsTheNextVersion() {
        ParameterChange fare = new ParameterChange(RULE, "base fare", "3.5", "4.0", "CNY");
        ParameterChange radius = new ParameterChange(OTHER_RULE, "radius", "5", "3", "km");
        fixture.given(REGISTERED)
                .when(new AdoptRuleVersion(RULE, ROUND, List.of(fare, radius), EFFECTIVE))
                .expectEvents(new RuleVersionAdopted(RULE, 2,
                        List.of(new Parameter("base fare", "4.0", "CNY"), PER_KM),
                        SUMMARY + "\nAdopted in round round-1, effective 2026-03-01: base fare: 3.5 → 4.0 CNY.",
                        EFFECTIVE, ROUND));
    }

    @Test
    void addsAParameterTheRuleDidNotHaveAndKeepsAUnitTheChangeLeavesOut() {
        ParameterChange rest = new ParameterChange(RULE, "rain bonus", "0", "2", "CNY");
        ParameterChange perKm = new ParameterChange(RULE, "per km", "1.0", "1.2", "");
        fixture.given(REGISTERED)
                .when(new AdoptRuleVersion(RULE, ROUND, List.of(rest, perKm), EFFECTIVE))
                .expectEvents(new RuleVersionAdopted(RULE, 2,
                        List.of(BASE_FARE, new Parameter("per km", "1.2", "CNY/km"),
                                new Parameter("rain bonus", "2", "CNY")),
                        SUMMARY + "\nAdopted in round round-1, effective 2026-03-01: rain bonus: (new) → 2 CNY;"
                                + " per km: 1.0 → 1.2 CNY/km.",
                        EFFECTIVE, ROUND));
    }

    @Test
    void countsVersionsOnFromTheLastOne() {
        RoundId later = RoundId.of("round-7");
        RuleVersionAdopted second = new RuleVersionAdopted(RULE, 2, List.of(new Parameter("base fare", "4.0", "CNY"),
                PER_KM), SUMMARY + "\nv2", EFFECTIVE, ROUND);
        fixture.given(REGISTERED, second)
                .when(new AdoptRuleVersion(RULE, later,
                        List.of(new ParameterChange(RULE, "base fare", "4.0", "4.2", "CNY")), null))
                .expectEvents(new RuleVersionAdopted(RULE, 3, List.of(new Parameter("base fare", "4.2", "CNY"), PER_KM),
                        SUMMARY + "\nv2\nAdopted in round round-7: base fare: 4.0 → 4.2 CNY.", null, later));
    }

    @Test
    void refusesToAdoptTwiceFromTheSameRound() {
        ParameterChange fare = new ParameterChange(RULE, "base fare", "3.5", "4.0", "CNY");
        fixture.given(REGISTERED, new RuleVersionAdopted(RULE, 2, List.of(new Parameter("base fare", "4.0", "CNY"),
                        PER_KM), SUMMARY, EFFECTIVE, ROUND))
                .when(new AdoptRuleVersion(RULE, ROUND, List.of(fare), EFFECTIVE))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesChangesThatAllConcernOtherRules() {
        fixture.given(REGISTERED)
                .when(new AdoptRuleVersion(RULE, ROUND,
                        List.of(new ParameterChange(OTHER_RULE, "radius", "5", "3", "km")), EFFECTIVE))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    private static RegisterRule register(String summary, List<Parameter> parameters) {
        return new RegisterRule(RULE, PLATFORM, "Order pay", RuleCategory.PRICING_AND_PAY, summary, parameters, HR);
    }
}

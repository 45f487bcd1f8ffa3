package org.roundtable.proposal.command;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.roundtable.proposal.command.ProposalSamples.DISPATCH;
import static org.roundtable.proposal.command.ProposalSamples.HR;
import static org.roundtable.proposal.command.ProposalSamples.PLATFORM;
import static org.roundtable.proposal.command.ProposalSamples.PRICING;
import static org.roundtable.proposal.command.ProposalSamples.PROPOSAL;
import static org.roundtable.proposal.command.ProposalSamples.content;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.preview.RuleKind;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalEvents.ProposalDrafted;
import org.roundtable.proposal.ProposalEvents.ProposalRevised;
import org.roundtable.proposal.ProposalEvents.ProposalSubmitted;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleModel;
import org.roundtable.shared.DomainException;

/** A proposal for a rule with a kind must leave the rule a valid model, when submitted and at every revision. */
class ProposalsForRulesWithAKindTest {

    static final RuleModel PAY = new RuleModel(PRICING, PLATFORM, RuleKind.PRICING, 2, List.of(
            new Parameter("base_fare", "3", "CNY"), new Parameter("per_km", "1.20", "CNY/km"),
            new Parameter("per_minute", "0.10", "CNY/min"), new Parameter("commission_rate", "20%", "")));
    static final ParameterChange CHEAPER_COMMISSION = new ParameterChange(PRICING, "commission_rate", "20%", "18%", "");
    static final ParameterChange NIGHT = new ParameterChange(PRICING, "night_surcharge", "0", "1.5", "CNY");

    private AggregateTestFixture<ProposalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProposalAggregate.class);
        fixture.registerInjectableResource(new FakeRuleModels().with(PAY));
    }

    @Test
    void submitsAProposalThatLeavesTheRuleAValidModel() {
        fixture.given(drafted(List.of(CHEAPER_COMMISSION, NIGHT)))
                .when(new SubmitProposal(PROPOSAL, HR))
                .expectEvents(new ProposalSubmitted(PROPOSAL, PLATFORM, content(List.of(CHEAPER_COMMISSION, NIGHT)), HR));
    }

    @Test
    void refusesToSubmitAnAfterValueTheModelRejectsNamingTheRuleAndTheParameter() {
        ParameterChange lots = new ParameterChange(PRICING, "per_km", "1.20", "lots", "CNY/km");
        ParameterChange tips = new ParameterChange(PRICING, "tips", "0", "1", "CNY");
        fixture.given(drafted(List.of(lots, tips)))
                .when(new SubmitProposal(PROPOSAL, HR))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(allOf(containsString("Submitting proposal prop-1 is refused"),
                        containsString("rule rule-pricing would no longer be a valid PRICING rule"),
                        containsString("per_km 'lots' is not a number"),
                        containsString("'tips' is not a parameter of a pricing rule")))
                .expectNoEvents();
    }

    @Test
    void refusesARevisionThatWouldBreakTheModel() {
        ParameterChange allCommission = new ParameterChange(PRICING, "commission_rate", "18%", "100%", "");
        fixture.given(drafted(List.of(CHEAPER_COMMISSION)), submitted(List.of(CHEAPER_COMMISSION)))
                .when(new ReviseProposal(PROPOSAL, List.of(allCommission), "Keep it all", null, HR))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(allOf(containsString("Revision 2 of proposal prop-1 is refused"),
                        containsString("commission_rate 100 is outside 0 to 99.99")))
                .expectNoEvents();
    }

    @Test
    void aRevisionIsCheckedWithTheLinesItKeeps() {
        ParameterChange smallerNight = new ParameterChange(PRICING, "night_surcharge", "0", "1.0", "CNY");
        fixture.given(drafted(List.of(CHEAPER_COMMISSION, NIGHT)), submitted(List.of(CHEAPER_COMMISSION, NIGHT)))
                .when(new ReviseProposal(PROPOSAL, List.of(smallerNight), "Meet halfway", null, HR))
                .expectEvents(new ProposalRevised(PROPOSAL, 2, List.of(CHEAPER_COMMISSION, smallerNight),
                        List.of(new RevisionDelta(PRICING, "night_surcharge", "1.5", "1.0")), "Meet halfway", null, HR));
    }

    @Test
    void rulesWithoutAKindAreNotChecked() {
        ParameterChange radius = new ParameterChange(DISPATCH, "radius", "5", "anything", "km");
        fixture.given(drafted(List.of(radius)))
                .when(new SubmitProposal(PROPOSAL, HR))
                .expectSuccessfulHandlerExecution();
    }

    private static ProposalDrafted drafted(List<ParameterChange> changes) {
        return new ProposalDrafted(PROPOSAL, PLATFORM, content(changes), HR);
    }

    private static ProposalSubmitted submitted(List<ParameterChange> changes) {
        return new ProposalSubmitted(PROPOSAL, PLATFORM, content(changes), HR);
    }
}

package org.roundtable.proposal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalCommands.WithdrawProposal;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.round.RoundId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
import org.roundtable.rule.query.RuleView;
import org.roundtable.support.PostgresDatabase;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The proposal and rule registry read models on PostgreSQL: their migrations run there, they read
 * back what they wrote, and a replay from the start rebuilds the same views.
 */
@RoundtableTest
class ReadModelsOnPostgresTest {

    private static final PlatformId PLATFORM = PlatformId.of("pg-ride");
    private static final PersonId HR = PersonId.of("pg-hr");
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 6, 1);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void proposalsReadBackEveryRevisionAndSurviveAReplay() {
        RuleId rule = RuleId.of("pg-rule-dispatch");
        ProposalId draftOnly = ProposalId.random();
        ProposalId id = ProposalId.random();
        ParameterChange radius = new ParameterChange(rule, "radius", "5", "3", "km");
        ParameterChange detour = new ParameterChange(rule, "max detour", "2", "1", "km");
        commands.sendAndWait(new DraftProposal(draftOnly, PLATFORM, content(List.of(detour)), HR));
        commands.sendAndWait(new DraftProposal(id, PLATFORM, content(List.of(radius)), HR));
        commands.sendAndWait(new SubmitProposal(id, HR));
        commands.sendAndWait(new ReviseProposal(id, List.of(detour), "Shorter detours too", null, HR));
        commands.sendAndWait(new WithdrawProposal(id, "Agreed elsewhere", HR));

        ProposalView withdrawn = awaitProposal(id, p -> p.status() == ProposalStatus.WITHDRAWN);
        assertThat(withdrawn.revision()).isEqualTo(2);
        assertThat(withdrawn.effectiveDate()).isEqualTo(EFFECTIVE);
        assertThat(withdrawn.changes()).containsExactly(radius, detour);
        assertThat(withdrawn.revisions()).extracting(RevisionView::number).containsExactly(1, 2);
        assertThat(withdrawn.revisions().get(0).delta()).isEmpty();
        assertThat(withdrawn.revisions().get(1).delta())
                .containsExactly(new RevisionDelta(rule, "max detour", null, "1"));
        assertThat(proposals()).extracting(ProposalSummary::id).containsExactly(id, draftOnly);

        replay("proposal-projection");

        assertThat(awaitProposal(id, p -> p.status() == ProposalStatus.WITHDRAWN)).isEqualTo(withdrawn);
        await().until(() -> proposals().size() == 2);
    }

    @Test
    void rulesReadBackEveryVersion() {
        RuleId rule = RuleId.random();
        RoundId round = RoundId.random();
        commands.sendAndWait(new RegisterRule(rule, PLATFORM, "Dispatch radius", RuleCategory.DISPATCH,
                "Orders go to riders within a radius.", List.of(new Parameter("radius", "5", "km")), HR));
        commands.sendAndWait(new AdoptRuleVersion(rule, round,
                List.of(new ParameterChange(rule, "radius", "5", "3", "km")), EFFECTIVE));

        RuleView view = await().atMost(Duration.ofSeconds(30)).until(() -> queries.query(new FindRule(rule),
                        ResponseTypes.optionalInstanceOf(RuleView.class)).join(),
                found -> found.isPresent() && found.get().version() == 2).orElseThrow();
        assertThat(view.parameters()).containsExactly(new Parameter("radius", "3", "km"));
        assertThat(view.effectiveDate()).isEqualTo(EFFECTIVE);
        assertThat(view.versions()).hasSize(2);
        assertThat(view.versions().get(0).roundId()).isNull();
        assertThat(view.versions().get(1).roundId()).isEqualTo(round);
        List<RuleSummary> rules = queries.query(new FindRules(PLATFORM),
                ResponseTypes.multipleInstancesOf(RuleSummary.class)).join();
        assertThat(rules).extracting(RuleSummary::id).contains(rule);
    }

    private void replay(String group) {
        TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private List<ProposalSummary> proposals() {
        return queries.query(new FindProposals(PLATFORM), ResponseTypes.multipleInstancesOf(ProposalSummary.class))
                .join();
    }

    private ProposalView awaitProposal(ProposalId id, Predicate<ProposalView> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> queries.query(new FindProposal(id),
                        ResponseTypes.optionalInstanceOf(ProposalView.class)).join(),
                found -> found.isPresent() && ready.test(found.get())).orElseThrow();
    }

    private static ProposalContent content(List<ParameterChange> changes) {
        return new ProposalContent("Closer orders", RuleCategory.DISPATCH, changes, "Long pickups are unpaid.",
                "Less unpaid riding.", EFFECTIVE);
    }
}

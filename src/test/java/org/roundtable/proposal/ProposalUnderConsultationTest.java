package org.roundtable.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.roundtable.round.RoundEvents.OutcomeDetermined;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The proposal follows its consultation rounds through the reactions, against the real event
 * store: placed when a round opens, revised by an accepted amendment, locked when voting opens,
 * unlocked after a failed vote, and placed again under the follow-up round.
 */
@RoundtableTest
class ProposalUnderConsultationTest {

    private static final PlatformId PLATFORM = PlatformId.of("pc-courier");
    private static final PersonId HR = PersonId.of("pc-hr");
    private static final PersonId CONVENER = PersonId.of("pc-convener");
    private static final RuleId RULE = RuleId.of("pc-rule-eta");
    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    QueryGateway queries;

    @Test
    void followsARejectedRoundIntoItsFollowUp() {
        ProposalId id = ProposalId.random();
        RoundId first = RoundId.random();
        RoundId followUp = RoundId.random();
        ParameterChange buffer = new ParameterChange(RULE, "weather buffer", "5", "10", "min");
        commands.sendAndWait(new DraftProposal(id, PLATFORM, new ProposalContent("Storm time", RuleCategory.TIME_ESTIMATE,
                List.of(buffer), "Storms slow riders down.", "Fewer late penalties.", LocalDate.of(2026, 4, 1)), HR));
        commands.sendAndWait(new SubmitProposal(id, HR));

        events.publish(roundOpened(first, id, null));
        awaitProposal(id, p -> p.status() == ProposalStatus.UNDER_CONSULTATION && first.equals(p.roundId()));

        ParameterChange longer = new ParameterChange(RULE, "weather buffer", "5", "12", "min");
        events.publish(new AmendmentAccepted(first, AmendmentId.of("am-pc-1"), id, List.of(longer), "reasonable",
                HR, NOW));
        ProposalView revised = awaitProposal(id, p -> p.revision() == 2);
        assertThat(revised.changes()).containsExactly(longer);
        assertThat(revised.revisions().get(1).amendmentId()).isEqualTo(AmendmentId.of("am-pc-1"));
        assertThat(revised.revisions().get(1).reason()).isEqualTo("Amendment am-pc-1 accepted: reasonable");

        events.publish(new VotingOpened(first, id, NOW, NOW.plus(Duration.ofDays(1)), 9, CONVENER));
        awaitProposal(id, p -> p.status() == ProposalStatus.LOCKED_FOR_VOTE);

        events.publish(new OutcomeDetermined(first, id, Outcome.REJECTED, new Tally(9, 3, 5, 0), VoteRule.STATUTORY,
                6, 5, 2, NOW));
        awaitProposal(id, p -> p.status() == ProposalStatus.SUBMITTED && p.roundId() == null);

        events.publish(roundOpened(followUp, id, first));
        ProposalView placedAgain = awaitProposal(id, p -> p.status() == ProposalStatus.UNDER_CONSULTATION);
        assertThat(placedAgain.roundId()).isEqualTo(followUp);
        assertThat(placedAgain.revision()).isEqualTo(2);
    }

    @Test
    void releasesTheFirstVoteItselfWhenTheFollowUpRoundOpensFirst() {
        ProposalId id = ProposalId.random();
        RoundId first = RoundId.random();
        RoundId followUp = RoundId.random();
        commands.sendAndWait(new DraftProposal(id, PLATFORM, new ProposalContent("Rest time", RuleCategory.HOURS_AND_REST,
                List.of(new ParameterChange(RULE, "break after hours", "6", "4", "h")), "Fatigue.", "Safer riding.",
                LocalDate.of(2026, 4, 1)), HR));
        commands.sendAndWait(new SubmitProposal(id, HR));
        events.publish(roundOpened(first, id, null));
        awaitProposal(id, p -> p.status() == ProposalStatus.UNDER_CONSULTATION);
        events.publish(new VotingOpened(first, id, NOW, NOW.plus(Duration.ofDays(1)), 9, CONVENER));
        awaitProposal(id, p -> p.status() == ProposalStatus.LOCKED_FOR_VOTE);

        events.publish(roundOpened(followUp, id, first));

        ProposalView placed = awaitProposal(id, p -> p.status() == ProposalStatus.UNDER_CONSULTATION);
        assertThat(placed.roundId()).isEqualTo(followUp);
    }

    private RoundOpened roundOpened(RoundId round, ProposalId proposal, RoundId previous) {
        return new RoundOpened(round, PLATFORM, proposal, ElectorateKind.REPRESENTATIVES, 9, "digest", NOW,
                NOW.plus(Duration.ofDays(7)), VoteRule.STATUTORY, previous, CONVENER, NOW);
    }

    private ProposalView awaitProposal(ProposalId id, Predicate<ProposalView> ready) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(new FindProposal(id),
                        ResponseTypes.optionalInstanceOf(ProposalView.class)).join(),
                found -> found.isPresent() && ready.test(found.get())).orElseThrow();
    }
}

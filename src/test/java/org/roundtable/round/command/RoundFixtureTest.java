package org.roundtable.round.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.RoundCommands.OpenRound;
import org.roundtable.round.RoundEvents.CommentPeriodStarted;
import org.roundtable.round.RoundEvents.NegotiationStarted;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.roundtable.round.RoundId;
import org.roundtable.round.VoteRule;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.ConsultationSettings;

/** The fixture, its fakes and the facts of a typical round, shared by the round's rule tests. */
abstract class RoundFixtureTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant START = T0.plus(Duration.ofDays(1));
    static final Instant END = START.plus(Duration.ofDays(7));
    static final Instant VOTING_ENDS = T0.plus(Duration.ofDays(2));
    static final RoundId ROUND = RoundId.of("rnd-1");
    static final RoundId FOLLOW_UP = RoundId.of("rnd-2");
    static final PlatformId PLATFORM = PlatformId.of("pf-swift");
    static final ProposalId PROPOSAL = ProposalId.of("prop-1");
    static final PersonId CONVENER = PersonId.of("p-convener");
    static final PersonId HR = PersonId.of("p-hr");
    static final PersonId REP = PersonId.of("p-rep");
    static final PersonId WORKER_CHIEF = PersonId.of("p-worker-chief");
    static final PersonId PLATFORM_CHIEF = PersonId.of("p-platform-chief");
    static final long ELECTORATE = 9;
    static final String DIGEST = FakeElectorates.digestOf(ELECTORATE);
    static final ConsultationSettings SETTINGS = ConsultationSettings.defaults();
    static final ParameterChange SHORTER_ESTIMATE = new ParameterChange(RuleId.of("rule-eta"), "buffer",
            "5", "8", "minutes");
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 5, 1);

    AggregateTestFixture<ConsultationRoundAggregate> fixture;
    FakeElectorates electorates;
    FakeBallotBox ballotBox;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(ConsultationRoundAggregate.class);
        electorates = new FakeElectorates(ELECTORATE);
        ballotBox = new FakeBallotBox();
        fixture.registerInjectableResource(SETTINGS);
        fixture.registerInjectableResource(electorates);
        fixture.registerInjectableResource(ballotBox);
    }

    static OpenRound openRound() {
        return new OpenRound(ROUND, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, START, END, null, CONVENER);
    }

    static RoundOpened roundOpened() {
        return new RoundOpened(ROUND, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, ELECTORATE, DIGEST, START,
                END, VoteRule.STATUTORY, null, CONVENER, T0);
    }

    static CommentPeriodStarted commentPeriodStarted() {
        return new CommentPeriodStarted(ROUND, START, END, false);
    }

    static NegotiationStarted negotiationStarted() {
        return new NegotiationStarted(ROUND, END);
    }

    static VotingOpened votingOpened() {
        return new VotingOpened(ROUND, PROPOSAL, T0, VOTING_ENDS, ELECTORATE, CONVENER);
    }

    /** The facts of a round that has reached negotiation. */
    static List<Object> negotiating() {
        return List.of(roundOpened(), commentPeriodStarted(), negotiationStarted());
    }

    static List<Object> voting() {
        return List.of(roundOpened(), commentPeriodStarted(), negotiationStarted(), votingOpened());
    }
}

package org.roundtable.round.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.roundtable.round.command.ConsultationRoundAggregate.COMMENT_ENDS;
import static org.roundtable.round.command.ConsultationRoundAggregate.COMMENT_STARTS;
import static org.roundtable.round.command.ConsultationRoundAggregate.REQUEST_ANSWER_DUE;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundCommands.OpenRound;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.Threshold;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.ConsultationSettings;
import org.roundtable.shared.DomainException;

/** The convener opens a round: the electorate is frozen and the comment period scheduled. */
class OpeningARoundTest extends RoundFixtureTest {

    static OpenRound openRoundFrom(Instant startsAt, Instant endsAt) {
        return new OpenRound(ROUND, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, startsAt, endsAt, null,
                CONVENER);
    }

    @Test
    void opensARoundWithAFrozenElectorateAndSchedulesItsCommentPeriod() {
        fixture.givenCurrentTime(T0)
                .when(openRound())
                .expectSuccessfulHandlerExecution()
                .expectEvents(roundOpened())
                .expectScheduledDeadlineWithName(START, COMMENT_STARTS)
                .expectScheduledDeadlineWithName(END, COMMENT_ENDS);

        assertThat(electorates.frozen)
                .containsExactly(new FakeElectorates.Frozen(ROUND, PLATFORM, ElectorateKind.REPRESENTATIVES));
    }

    @Test
    void withoutAVoteRuleTheConfiguredDefaultApplies() {
        VoteRule inclusiveMajority = new VoteRule(Threshold.atLeast(2, 3), Threshold.atLeast(1, 2));
        fixture = new AggregateTestFixture<>(ConsultationRoundAggregate.class);
        fixture.registerInjectableResource(new ConsultationSettings(Duration.ofDays(7), Duration.ofHours(24),
                Duration.ofDays(20), new ConsultationSettings.Rule(2, 3, Threshold.Comparison.AT_LEAST, 1, 2,
                Threshold.Comparison.AT_LEAST)));
        fixture.registerInjectableResource(electorates);

        fixture.givenCurrentTime(T0)
                .when(openRound())
                .expectEvents(new RoundOpened(ROUND, PLATFORM, PROPOSAL, ElectorateKind.REPRESENTATIVES, ELECTORATE,
                        DIGEST, START, END, inclusiveMajority, null, CONVENER, T0));
    }

    @Test
    void keepsTheVoteRuleTheConvenerChose() {
        VoteRule allMustAttend = new VoteRule(Threshold.atLeast(1, 1), Threshold.moreThan(1, 2));
        OpenRound command = new OpenRound(ROUND, PLATFORM, PROPOSAL, ElectorateKind.ALL_WORKERS, START, END,
                allMustAttend, CONVENER);

        fixture.givenCurrentTime(T0)
                .when(command)
                .expectEvents(new RoundOpened(ROUND, PLATFORM, PROPOSAL, ElectorateKind.ALL_WORKERS, ELECTORATE,
                        DIGEST, START, END, allMustAttend, null, CONVENER, T0));
    }

    @Test
    void acceptsACommentPeriodOfExactlyTheMinimum() {
        fixture.givenCurrentTime(T0)
                .when(openRoundFrom(START, START.plus(SETTINGS.minCommentPeriod())))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACommentPeriodShorterThanTheMinimum() {
        fixture.givenCurrentTime(T0)
                .when(openRoundFrom(START, START.plus(Duration.ofDays(7)).minusSeconds(1)))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("must last at least 7 days"));
        assertThat(electorates.frozen).isEmpty();
    }

    @Test
    void refusesACommentPeriodThatEndsBeforeItStarts() {
        fixture.givenCurrentTime(T0)
                .when(openRoundFrom(END, START))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesACommentPeriodThatStartsInThePast() {
        fixture.givenCurrentTime(T0)
                .when(openRoundFrom(T0.minus(Duration.ofMinutes(2)), END))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("cannot start in the past"));
    }

    @Test
    void toleratesAStartAMinuteAgoForClocksThatDisagree() {
        Instant aMinuteAgo = T0.minus(Duration.ofMinutes(1));
        fixture.givenCurrentTime(T0)
                .when(openRoundFrom(aMinuteAgo, aMinuteAgo.plus(Duration.ofDays(7))))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(aMinuteAgo, COMMENT_STARTS);
    }

    @Test
    void refusesARoundWithoutTheCommentPeriod() {
        fixture.givenCurrentTime(T0)
                .when(openRoundFrom(null, END))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesARoundWithoutAProposal() {
        fixture.givenCurrentTime(T0)
                .when(new OpenRound(ROUND, PLATFORM, null, ElectorateKind.REPRESENTATIVES, START, END, null,
                        CONVENER))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("the proposal under consultation is required"));
    }

    @Test
    void refusesARoundWhoseRosterHasNoWorkerRepresentatives() {
        electorates.nextSize(0);

        fixture.givenCurrentTime(T0)
                .when(openRound())
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the roster has no worker representatives"));
    }

    @Test
    void refusesAnAllWorkerRoundOfAPlatformWithoutWorkers() {
        electorates.nextSize(0);

        fixture.givenCurrentTime(T0)
                .when(new OpenRound(ROUND, PLATFORM, PROPOSAL, ElectorateKind.ALL_WORKERS, START, END, null,
                        CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("no registered workers"));
    }

    @Test
    void refusesToOpenARoundTwice() {
        fixture.givenCurrentTime(T0)
                .andGiven(roundOpened())
                .when(openRound())
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already been opened"));
        assertThat(electorates.frozen).isEmpty();
    }

    @Test
    void opensARequestedRoundAndDropsTheAnswerDeadline() {
        fixture.givenCurrentTime(T0)
                .andGivenCommands(ConsultationRequestTest.request())
                .when(openRound())
                .expectEvents(roundOpened())
                .expectNoScheduledDeadlineWithName(ConsultationRequestTest.DUE, REQUEST_ANSWER_DUE)
                .expectScheduledDeadlineWithName(END, COMMENT_ENDS);
    }

    @Test
    void refusesToOpenARequestedRoundForAnotherPlatform() {
        fixture.givenCurrentTime(T0)
                .andGiven(ConsultationRequestTest.requested())
                .when(new OpenRound(ROUND, PlatformId.of("pf-other"), PROPOSAL, ElectorateKind.REPRESENTATIVES,
                        START, END, null, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("requested for platform pf-swift"));
    }
}

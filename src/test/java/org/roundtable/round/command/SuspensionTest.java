package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.roundtable.platform.Side;
import org.roundtable.round.RoundCommands.AgreeToResume;
import org.roundtable.round.RoundCommands.AgreeToSuspend;
import org.roundtable.round.RoundEvents.ResumptionAgreed;
import org.roundtable.round.RoundEvents.SuspensionAgreed;
import org.roundtable.round.RoundEvents.TalksResumed;
import org.roundtable.round.RoundEvents.TalksSuspended;
import org.roundtable.shared.DomainException;

/** Talks are suspended and resumed only when both chief representatives agree (art. 35). */
class SuspensionTest extends RoundFixtureTest {

    static SuspensionAgreed workersAgreeToSuspend() {
        return new SuspensionAgreed(ROUND, Side.WORKERS, "await the weather data", WORKER_CHIEF, END);
    }

    static SuspensionAgreed platformAgreesToSuspend() {
        return new SuspensionAgreed(ROUND, Side.PLATFORM, "await the weather data", PLATFORM_CHIEF, END);
    }

    @Test
    void oneSideAgreeingDoesNotYetSuspend() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new AgreeToSuspend(ROUND, Side.WORKERS, "await the weather data", WORKER_CHIEF))
                .expectEvents(workersAgreeToSuspend());
    }

    @Test
    void talksAreSuspendedWhenBothSidesAgree() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend())
                .when(new AgreeToSuspend(ROUND, Side.PLATFORM, "await the weather data", PLATFORM_CHIEF))
                .expectEvents(platformAgreesToSuspend(), new TalksSuspended(ROUND, "await the weather data", END));
    }

    @Test
    void bothReasonsAreKeptWhenTheyDiffer() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend())
                .when(new AgreeToSuspend(ROUND, Side.PLATFORM, "holiday", PLATFORM_CHIEF))
                .expectEvents(new SuspensionAgreed(ROUND, Side.PLATFORM, "holiday", PLATFORM_CHIEF, END),
                        new TalksSuspended(ROUND, "await the weather data; holiday", END));
    }

    @Test
    void refusesTheSameSideAgreeingTwice() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend())
                .when(new AgreeToSuspend(ROUND, Side.WORKERS, "really", WORKER_CHIEF))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the worker side has already agreed to suspend"));
    }

    @Test
    void refusesASuspensionWithoutAReason() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new AgreeToSuspend(ROUND, Side.WORKERS, null, WORKER_CHIEF))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesToSuspendSuspendedTalks() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend(), platformAgreesToSuspend(), new TalksSuspended(ROUND, "x", END))
                .when(new AgreeToSuspend(ROUND, Side.WORKERS, "again", WORKER_CHIEF))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already suspended"));
    }

    @Test
    void refusesToSuspendOutsideNegotiation() {
        fixture.givenCurrentTime(START)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(new AgreeToSuspend(ROUND, Side.WORKERS, "why not", WORKER_CHIEF))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToResumeTalksThatAreNotSuspended() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new AgreeToResume(ROUND, Side.WORKERS, WORKER_CHIEF))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("not suspended"));
    }

    @Test
    void talksResumeWhenBothSidesAgree() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend(), platformAgreesToSuspend(), new TalksSuspended(ROUND, "x", END),
                        new ResumptionAgreed(ROUND, Side.PLATFORM, PLATFORM_CHIEF, END))
                .when(new AgreeToResume(ROUND, Side.WORKERS, WORKER_CHIEF))
                .expectEvents(new ResumptionAgreed(ROUND, Side.WORKERS, WORKER_CHIEF, END),
                        new TalksResumed(ROUND, END));
    }

    @Test
    void refusesTheSameSideAgreeingToResumeTwice() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend(), platformAgreesToSuspend(), new TalksSuspended(ROUND, "x", END),
                        new ResumptionAgreed(ROUND, Side.PLATFORM, PLATFORM_CHIEF, END))
                .when(new AgreeToResume(ROUND, Side.PLATFORM, PLATFORM_CHIEF))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void agreementsStartAfreshAfterEachSuspensionAndResumption() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(workersAgreeToSuspend(), platformAgreesToSuspend(), new TalksSuspended(ROUND, "x", END),
                        new ResumptionAgreed(ROUND, Side.PLATFORM, PLATFORM_CHIEF, END),
                        new ResumptionAgreed(ROUND, Side.WORKERS, WORKER_CHIEF, END), new TalksResumed(ROUND, END))
                .when(new AgreeToSuspend(ROUND, Side.WORKERS, "once more", WORKER_CHIEF))
                .expectEvents(new SuspensionAgreed(ROUND, Side.WORKERS, "once more", WORKER_CHIEF, END));
    }
}

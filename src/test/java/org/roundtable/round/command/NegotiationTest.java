package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.MeetingId;
import org.roundtable.round.RoundCommands.AcceptAmendment;
import org.roundtable.round.RoundCommands.RecordMeeting;
import org.roundtable.round.RoundCommands.RejectAmendment;
import org.roundtable.round.RoundCommands.TableAmendment;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.roundtable.round.RoundEvents.AmendmentRejected;
import org.roundtable.round.RoundEvents.AmendmentTabled;
import org.roundtable.round.RoundEvents.MeetingRecorded;
import org.roundtable.round.RoundEvents.TalksSuspended;
import org.roundtable.shared.DomainException;

/** Amendments and meeting minutes, only while negotiating and not suspended. */
class NegotiationTest extends RoundFixtureTest {

    static final AmendmentId AMENDMENT = AmendmentId.of("am-1");
    static final MeetingId MEETING = MeetingId.of("mt-1");
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 12);

    static AmendmentTabled amendmentTabled() {
        return new AmendmentTabled(ROUND, AMENDMENT, List.of(SHORTER_ESTIMATE), "rain makes 5 minutes unsafe", REP,
                END);
    }

    static TableAmendment tableAmendment() {
        return new TableAmendment(ROUND, AMENDMENT, List.of(SHORTER_ESTIMATE), "rain makes 5 minutes unsafe", REP);
    }

    @Test
    void aRepresentativeTablesAnAmendmentDuringNegotiation() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(tableAmendment())
                .expectEvents(amendmentTabled());
    }

    @Test
    void refusesAnAmendmentDuringTheCommentPeriod() {
        fixture.givenCurrentTime(START)
                .andGiven(roundOpened(), commentPeriodStarted())
                .when(tableAmendment())
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("Amendments can be tabled only while the round is in "
                        + "negotiation"));
    }

    @Test
    void refusesAnAmendmentWhileTalksAreSuspended() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(new TalksSuspended(ROUND, "strike", END))
                .when(tableAmendment())
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("talks are suspended"));
    }

    @Test
    void refusesAnAmendmentWithoutChanges() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new TableAmendment(ROUND, AMENDMENT, List.of(), "nothing", REP))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesAnAmendmentWithoutReasons() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new TableAmendment(ROUND, AMENDMENT, List.of(SHORTER_ESTIMATE), "", REP))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesTheSameAmendmentTwice() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled())
                .when(tableAmendment())
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void anAcceptedAmendmentCarriesTheProposalAndItsChanges() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled())
                .when(new AcceptAmendment(ROUND, AMENDMENT, null, HR))
                .expectEvents(new AmendmentAccepted(ROUND, AMENDMENT, PROPOSAL, List.of(SHORTER_ESTIMATE), null, HR,
                        END));
    }

    @Test
    void hrRejectsAnAmendmentWithAReason() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled())
                .when(new RejectAmendment(ROUND, AMENDMENT, "rain is already covered by the weather bonus", HR))
                .expectEvents(new AmendmentRejected(ROUND, AMENDMENT, "rain is already covered by the weather bonus",
                        HR, END));
    }

    @Test
    void refusesARejectionWithoutAReason() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled())
                .when(new RejectAmendment(ROUND, AMENDMENT, "  ", HR))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("the reason for rejecting the amendment is required"));
    }

    @Test
    void refusesToDecideAnUnknownAmendment() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new AcceptAmendment(ROUND, AMENDMENT, null, HR))
                .expectException(DomainException.NotFound.class);
    }

    @Test
    void refusesToAcceptARejectedAmendment() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), new AmendmentRejected(ROUND, AMENDMENT, "no", HR, END))
                .when(new AcceptAmendment(ROUND, AMENDMENT, null, HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already been accepted or rejected"));
    }

    @Test
    void refusesToRejectAnAcceptedAmendment() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(),
                        new AmendmentAccepted(ROUND, AMENDMENT, PROPOSAL, List.of(SHORTER_ESTIMATE), null, HR, END))
                .when(new RejectAmendment(ROUND, AMENDMENT, "oops", HR))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesToDecideAnAmendmentWhileTalksAreSuspended() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), new TalksSuspended(ROUND, "strike", END))
                .when(new AcceptAmendment(ROUND, AMENDMENT, null, HR))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void theNoteTakerRecordsAMeeting() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new RecordMeeting(ROUND, MEETING, MEETING_DAY, List.of(WORKER_CHIEF, PLATFORM_CHIEF),
                        "agreed on rain buffer", CONVENER))
                .expectEvents(new MeetingRecorded(ROUND, MEETING, MEETING_DAY, List.of(WORKER_CHIEF, PLATFORM_CHIEF),
                        "agreed on rain buffer", CONVENER));
    }

    @Test
    void refusesMinutesWithoutAttendees() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new RecordMeeting(ROUND, MEETING, MEETING_DAY, List.of(), "nobody came", CONVENER))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesTheSameMeetingTwice() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(new MeetingRecorded(ROUND, MEETING, MEETING_DAY, List.of(WORKER_CHIEF), "one", CONVENER))
                .when(new RecordMeeting(ROUND, MEETING, MEETING_DAY, List.of(WORKER_CHIEF), "two", CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesAMeetingWhileTalksAreSuspended() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(new TalksSuspended(ROUND, "strike", END))
                .when(new RecordMeeting(ROUND, MEETING, MEETING_DAY, List.of(WORKER_CHIEF), "met anyway", CONVENER))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesAMeetingOutsideNegotiation() {
        fixture.givenCurrentTime(T0)
                .andGiven(voting())
                .when(new RecordMeeting(ROUND, MEETING, MEETING_DAY, List.of(WORKER_CHIEF), "late", CONVENER))
                .expectException(DomainException.Conflict.class);
    }
}

package org.roundtable.round.command;

import static org.hamcrest.Matchers.containsString;
import static org.roundtable.round.command.NegotiationTest.AMENDMENT;
import static org.roundtable.round.command.NegotiationTest.amendmentTabled;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.round.RoundCommands.RecordAmendmentNotApplied;
import org.roundtable.round.RoundEvents.AmendmentAccepted;
import org.roundtable.round.RoundEvents.AmendmentNotApplied;
import org.roundtable.round.RoundEvents.AmendmentRejected;
import org.roundtable.shared.DomainException;

/** An accepted amendment the proposal refused is recorded as not applied, once, with the refusal. */
class AmendmentNotAppliedTest extends RoundFixtureTest {

    static final String REFUSAL = "Revision 2 of proposal prop-1 would make rule rule-eta invalid: buffer must be"
            + " a number";

    static AmendmentAccepted amendmentAccepted() {
        return new AmendmentAccepted(ROUND, AMENDMENT, PROPOSAL, List.of(SHORTER_ESTIMATE), null, HR, END);
    }

    @Test
    void recordsThatAnAcceptedAmendmentCouldNotBeApplied() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), amendmentAccepted())
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, REFUSAL))
                .expectEvents(new AmendmentNotApplied(ROUND, AMENDMENT, REFUSAL, END));
    }

    @Test
    void recordsItWhateverThePhaseTheRoundHasReachedSince() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), amendmentAccepted())
                .andGiven(votingOpened())
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, REFUSAL))
                .expectEvents(new AmendmentNotApplied(ROUND, AMENDMENT, REFUSAL, END));
    }

    @Test
    void refusesAnUnknownAmendment() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, REFUSAL))
                .expectException(DomainException.NotFound.class);
    }

    @Test
    void refusesAPendingAmendment() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled())
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, REFUSAL))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("has not been accepted"));
    }

    @Test
    void refusesARejectedAmendment() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), new AmendmentRejected(ROUND, AMENDMENT, "no", HR, END))
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, REFUSAL))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("has not been accepted"));
    }

    @Test
    void refusesToRecordItTwice() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), amendmentAccepted(),
                        new AmendmentNotApplied(ROUND, AMENDMENT, REFUSAL, END))
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, "again"))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("already recorded as not applied"));
    }

    @Test
    void refusesItWithoutTheReason() {
        fixture.givenCurrentTime(END)
                .andGiven(negotiating())
                .andGiven(amendmentTabled(), amendmentAccepted())
                .when(new RecordAmendmentNotApplied(ROUND, AMENDMENT, " "))
                .expectException(DomainException.Invalid.class);
    }
}

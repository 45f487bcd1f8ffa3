package org.roundtable.publication;

import java.util.Optional;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundEvents;
import org.roundtable.round.RoundEvents.CommentPeriodStarted;
import org.roundtable.round.RoundEvents.NegotiationStarted;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundEvents.RoundCancelled;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.RoundEvents.VotingClosed;
import org.roundtable.round.RoundEvents.VotingOpened;

/** Which round events move a round into another phase, and into which. */
public final class RoundPhases {

    private RoundPhases() {
    }

    /** The phase a round is in after this event, or empty if the event does not change the phase. */
    public static Optional<Phase> after(RoundEvents event) {
        if (event instanceof RoundOpened) {
            return Optional.of(Phase.ANNOUNCED);
        }
        if (event instanceof CommentPeriodStarted) {
            return Optional.of(Phase.COMMENTING);
        }
        if (event instanceof NegotiationStarted) {
            return Optional.of(Phase.NEGOTIATING);
        }
        if (event instanceof VotingOpened) {
            return Optional.of(Phase.VOTING);
        }
        if (event instanceof VotingClosed) {
            return Optional.of(Phase.CLOSED);
        }
        if (event instanceof OutcomePublished) {
            return Optional.of(Phase.PUBLISHED);
        }
        if (event instanceof RoundCancelled) {
            return Optional.of(Phase.CANCELLED);
        }
        return Optional.empty();
    }
}

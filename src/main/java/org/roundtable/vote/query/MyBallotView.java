package org.roundtable.vote.query;

import java.time.Instant;
import org.roundtable.round.RoundId;
import org.roundtable.vote.Choice;

/** A voter's current ballot in a round, shown to that voter only. */
public record MyBallotView(RoundId roundId, String receipt, Choice choice, Instant castAt) {

    /** Never the receipt or the choice: debug logs print response bodies next to the signed-in user. */
    @Override
    public String toString() {
        return "MyBallotView[" + roundId + ", hidden]";
    }
}

package org.roundtable.vote;

import java.time.Instant;
import org.roundtable.round.RoundId;

/** Facts about ballots. No event names the voter: the ballot id holds only a per-round pseudonym. */
public sealed interface VoteEvents {

    BallotId ballotId();

    /**
     * A fact that a voter cast or changed their ballot; the last one before voting closes counts.
     * {@code receipt} lets the voter find their ballot among the published ones;
     * {@code replacedReceipt} is the receipt this ballot replaces, or null for a first ballot.
     */
    record VoteCast(BallotId ballotId, RoundId roundId, Choice choice, String receipt, String replacedReceipt,
                    Instant castAt) implements VoteEvents {
    }
}

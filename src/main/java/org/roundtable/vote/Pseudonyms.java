package org.roundtable.vote;

import org.roundtable.people.PersonId;
import org.roundtable.round.RoundId;

/** Turns a voter into the per-round pseudonym that stands for them in the event store. */
public interface Pseudonyms {

    /** A keyed hash of round and voter, lower-case hex; the key is kept outside the event store. */
    String of(RoundId roundId, PersonId voterId);

    default BallotId ballotOf(RoundId roundId, PersonId voterId) {
        return new BallotId(roundId, of(roundId, voterId));
    }
}

package org.roundtable.vote;

import org.roundtable.round.RoundId;

/**
 * The ballot box of each round: a table of the last ballot of each pseudonym, kept in the same
 * transaction as the vote events. Closing it locks out every later ballot, then counts.
 */
public interface BallotBox {

    /**
     * Closes the round's ballot box and counts the last ballot of each voter. Once the caller's
     * transaction commits no ballot is accepted for the round, and no ballot accepted before is
     * left out of the count.
     */
    Count closeAndCount(RoundId roundId);

    /** How many distinct voters have a ballot in the round so far. */
    long participation(RoundId roundId);

    record Count(long forVotes, long against, long abstain) {
    }
}

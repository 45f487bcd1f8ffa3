package org.roundtable.vote.query;

import org.roundtable.round.RoundId;
import org.roundtable.vote.BallotId;

/** Questions about ballots. None of them, nor their answers, lets anyone learn who chose what. */
public sealed interface BallotQueries {

    /** How many voters have a ballot in the round (public). */
    record FindParticipation(RoundId roundId) implements BallotQueries {
    }

    /** The receipts and choices of the counted ballots, once voting closed (public). */
    record FindReceipts(RoundId roundId) implements BallotQueries {
    }

    /** A voter's own current ballot; only the voter can name their ballot id. */
    record FindMyBallot(BallotId ballotId) implements BallotQueries {
    }
}

package org.roundtable.vote.query;

import org.roundtable.round.RoundId;

/** How many voters have a ballot in a round. */
public record ParticipationView(RoundId roundId, long ballots) {
}

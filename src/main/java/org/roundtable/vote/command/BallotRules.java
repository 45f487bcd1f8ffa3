package org.roundtable.vote.command;

import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;

/**
 * The refusals of a ballot that do not depend on the voting window, worded once for both vote
 * paths: the {@link WorkerVoteAggregate} and the group-committing writer.
 */
public final class BallotRules {

    private BallotRules() {
    }

    public static DomainException.NotAllowed notInElectorate(RoundId roundId) {
        return new DomainException.NotAllowed("you are not in the electorate of round " + roundId
                + "; only the members frozen when the round opened may vote");
    }

    public static DomainException.NotAllowed notYourBallot() {
        return new DomainException.NotAllowed("this ballot belongs to another voter; vote on your own ballot");
    }
}

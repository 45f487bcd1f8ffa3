package org.roundtable.round.command;

import java.util.ArrayList;
import java.util.List;
import org.roundtable.round.RoundId;
import org.roundtable.vote.BallotBox;

/** A ballot box whose participation and count the test sets, and which remembers being closed. */
final class FakeBallotBox implements BallotBox {

    private long participation;
    private Count count = new Count(0, 0, 0);
    final List<RoundId> closed = new ArrayList<>();

    void holds(long forVotes, long against, long abstain) {
        count = new Count(forVotes, against, abstain);
        participation = forVotes + against + abstain;
    }

    @Override
    public Count closeAndCount(RoundId roundId) {
        closed.add(roundId);
        return count;
    }

    @Override
    public long participation(RoundId roundId) {
        return participation;
    }
}

package org.roundtable.vote.command;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundtable.round.RoundId;

/** A voting gate in memory: rounds that exist and the windows of those whose voting opened. */
class FakeVotingGate implements VotingGate {

    private final Set<RoundId> rounds = new HashSet<>();
    private final Map<RoundId, Window> windows = new HashMap<>();

    FakeVotingGate roundWithoutVoting(RoundId roundId) {
        rounds.add(roundId);
        return this;
    }

    FakeVotingGate votingOpen(RoundId roundId, Instant opensAt, Instant closesAt) {
        rounds.add(roundId);
        windows.put(roundId, new Window(opensAt, closesAt, false));
        return this;
    }

    FakeVotingGate votingClosed(RoundId roundId, Instant opensAt, Instant closesAt) {
        rounds.add(roundId);
        windows.put(roundId, new Window(opensAt, closesAt, true));
        return this;
    }

    @Override
    public Optional<Window> window(RoundId roundId) {
        return Optional.ofNullable(windows.get(roundId));
    }

    @Override
    public boolean roundExists(RoundId roundId) {
        return rounds.contains(roundId);
    }
}

package org.roundtable.round.command;

import java.util.ArrayList;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;

/** Freezes electorates of a set size and remembers which rounds it froze. */
final class FakeElectorates implements Electorates {

    record Frozen(RoundId roundId, PlatformId platformId, ElectorateKind kind) {
    }

    private long size;
    final List<Frozen> frozen = new ArrayList<>();

    FakeElectorates(long size) {
        this.size = size;
    }

    void nextSize(long size) {
        this.size = size;
    }

    static String digestOf(long size) {
        return "digest-of-" + size;
    }

    @Override
    public FrozenElectorate freeze(RoundId roundId, PlatformId platformId, ElectorateKind kind) {
        frozen.add(new Frozen(roundId, platformId, kind));
        return new FrozenElectorate(size, digestOf(size));
    }

    @Override
    public boolean includes(RoundId roundId, PersonId personId) {
        return true;
    }
}

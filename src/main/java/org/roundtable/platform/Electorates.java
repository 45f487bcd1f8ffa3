package org.roundtable.platform;

import org.roundtable.people.PersonId;
import org.roundtable.round.RoundId;

/**
 * The frozen electorates of rounds. Freezing copies who may vote into a per-round list inside the
 * caller's transaction, so the list can be millions long without living in an aggregate or event.
 */
public interface Electorates {

    /**
     * Freezes the electorate of a round: the worker-side representatives on the platform's roster,
     * or every registered worker of the platform. Idempotent per round.
     */
    FrozenElectorate freeze(RoundId roundId, PlatformId platformId, ElectorateKind kind);

    /** Whether the person belongs to the frozen electorate of the round. */
    boolean includes(RoundId roundId, PersonId personId);

    /** Size and SHA-256 digest (hex) of the sorted voter ids of a frozen electorate. */
    record FrozenElectorate(long size, String digest) {
    }
}

package org.roundtable.platform;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Which of these people belong to the frozen electorate of the round: one question for many
     * voters, as the vote path asks it for each group commit.
     */
    default Set<PersonId> membersAmong(RoundId roundId, Collection<PersonId> people) {
        return people.stream().filter(person -> includes(roundId, person)).collect(Collectors.toSet());
    }

    /** Size and SHA-256 digest (hex) of the sorted voter ids of a frozen electorate. */
    record FrozenElectorate(long size, String digest) {
    }
}

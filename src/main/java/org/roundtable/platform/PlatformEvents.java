package org.roundtable.platform;

import org.roundtable.people.PersonId;

/** Facts about platforms and their rosters. */
public sealed interface PlatformEvents {

    PlatformId platformId();

    /** A fact that the convener registered a platform. */
    record PlatformRegistered(PlatformId platformId, String name, PersonId registeredBy) implements PlatformEvents {
    }

    /** A fact that a person joined one side's roster, as its chief representative or not. */
    record RepresentativeAppointed(PlatformId platformId, PersonId personId, Side side, boolean chief,
                                   PersonId appointedBy) implements PlatformEvents {
    }

    /** A fact that a person left the roster. */
    record RepresentativeRemoved(PlatformId platformId, PersonId personId, Side side, String reason,
                                 PersonId removedBy) implements PlatformEvents {
    }
}

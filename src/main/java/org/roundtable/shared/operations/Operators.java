package org.roundtable.shared.operations;

import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.shared.DomainException;

/** Who may look at and repair the event-processing machinery. */
final class Operators {

    private Operators() {
    }

    /** Auditors and the union convener may look: they check that what is published matches the history. */
    static void assertMayInspect(Actor actor) {
        if (!actor.has(Role.AUDITOR) && !actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed(
                    "Only an auditor or the union convener may look at event processing and dead letters.");
        }
    }

    /** Only the union convener may change what is processed: retry, evict, replay. */
    static void assertMayRepair(Actor actor) {
        if (!actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed(
                    "Only the union convener may retry or evict dead letters and replay projections.");
        }
    }
}

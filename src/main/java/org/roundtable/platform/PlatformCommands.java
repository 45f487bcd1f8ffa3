package org.roundtable.platform;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;

/** Commands of the Platform aggregate: registration and the roster of representatives. */
public sealed interface PlatformCommands {

    /** The convener registers a platform whose algorithm rules will be consulted. */
    record RegisterPlatform(@TargetAggregateIdentifier PlatformId platformId, String name, PersonId registeredBy)
            implements PlatformCommands {
        public RegisterPlatform {
            if (name == null || name.isBlank() || name.length() > 200) {
                throw new IllegalArgumentException("a platform needs a name of 1 to 200 characters");
            }
        }
    }

    /** The convener puts a person on the roster of one side; {@code chief} makes them that side's chief. */
    record AppointRepresentative(@TargetAggregateIdentifier PlatformId platformId, PersonId personId, Side side,
                                 boolean chief, PersonId appointedBy) implements PlatformCommands {
    }

    /** The convener takes a person off the roster. */
    record RemoveRepresentative(@TargetAggregateIdentifier PlatformId platformId, PersonId personId,
                                String reason, PersonId removedBy) implements PlatformCommands {
    }
}

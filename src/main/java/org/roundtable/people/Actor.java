package org.roundtable.people;

import java.util.Set;
import org.roundtable.platform.PlatformId;

/**
 * The authenticated person behind a request. Commands take the actor's id from here, never from
 * the request body. {@code platform} is the platform the person belongs to (HR, workers and
 * representatives), or null for conveners and auditors.
 */
public record Actor(PersonId id, Set<Role> roles, PlatformId platform) {

    public Actor {
        if (id == null) {
            throw new IllegalArgumentException("actor id is required");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(PlatformId platformId) {
        return platform != null && platform.equals(platformId);
    }
}

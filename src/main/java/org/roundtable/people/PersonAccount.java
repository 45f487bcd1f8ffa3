package org.roundtable.people;

import java.util.Set;
import org.roundtable.platform.PlatformId;

/** A person's account as the people store holds it (no password hash). */
public record PersonAccount(PersonId id, String username, String displayName, String phone, PlatformId platform,
                            Set<Role> roles, boolean erased) {

    public PersonAccount {
        roles = Set.copyOf(roles);
    }

    public Actor asActor() {
        return new Actor(id, roles, platform);
    }
}

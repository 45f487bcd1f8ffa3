package org.roundtable.support;

import java.util.Set;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.people.store.PersonStore.NewPerson;
import org.roundtable.platform.PlatformId;

/**
 * Opens accounts straight in the people store for tests. Every account's password is
 * {@link #PASSWORD}. Usernames must be unique per Spring context: pass distinct names.
 */
public final class TestPeople {

    public static final String PASSWORD = "test-password-1";

    private final PersonStore store;

    public TestPeople(PersonStore store) {
        this.store = store;
    }

    public PersonAccount open(String username, PlatformId platform, Role... roles) {
        return store.register(new NewPerson(PersonId.of(username), username, PASSWORD, "Name of " + username,
                null, platform, Set.of(roles)));
    }
}

package org.roundtable.people.security;

import org.roundtable.people.store.PersonStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in from the local account store (password hashes only). */
@Service
public class PersonUserDetailsService implements UserDetailsService {

    private final PersonStore people;

    public PersonUserDetailsService(PersonStore people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.findByUsername(username)
                .flatMap(account -> people.passwordHash(username)
                        .map(hash -> new PersonPrincipal(account.asActor(), username, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}

package org.roundtable.people.security;

import org.roundtable.people.store.PersonStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs people in from the local account store (password hashes only). When the hash of a
 * password is weaker than the configured cost, the correct password given at sign-in is hashed
 * again at today's cost.
 */
@Service
public class PersonUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        people.replacePasswordHash(user.getUsername(), newHash);
        PersonPrincipal principal = (PersonPrincipal) user;
        return new PersonPrincipal(principal.actor(), principal.username(), newHash);
    }
}

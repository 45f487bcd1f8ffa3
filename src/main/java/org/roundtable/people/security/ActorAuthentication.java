package org.roundtable.people.security;

import org.roundtable.people.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A person signed in with an access token of the identity provider, as the same {@link Actor} as a local account. */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    ActorAuthentication(Actor actor) {
        super(actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.id().value();
    }

    @Override
    public String toString() {
        return "ActorAuthentication[" + actor.id() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorAuthentication that && that.actor.equals(actor);
    }

    @Override
    public int hashCode() {
        return actor.hashCode();
    }
}

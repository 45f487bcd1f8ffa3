package org.roundtable.people.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified access token into the {@link Actor} the controllers know: the person id, the
 * roles and the platform come from configurable claims (a dotted name reaches into nested claims,
 * such as {@code realm_access.roles}). The person is recorded in the people store by id, platform
 * and roles only, so that rosters and all-worker electorates can include them; no name is copied.
 */
public final class JwtActors implements Converter<Jwt, AbstractAuthenticationToken> {

    private final PersonStore people;
    private final String subjectClaim;
    private final String rolesClaim;
    private final String platformClaim;

    public JwtActors(PersonStore people, String subjectClaim, String rolesClaim, String platformClaim) {
        this.people = people;
        this.subjectClaim = subjectClaim;
        this.rolesClaim = rolesClaim;
        this.platformClaim = platformClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        PersonId id = personId(jwt);
        Set<Role> roles = roles(claim(jwt, rolesClaim));
        PlatformId platform = platform(jwt);
        boolean platformBound = roles.contains(Role.PLATFORM_HR) || roles.contains(Role.WORKER)
                || roles.contains(Role.REPRESENTATIVE);
        if (platformBound && platform == null) {
            throw new InvalidBearerTokenException("The token gives platform roles but names no platform.");
        }
        if (!people.admitExternal(id, platform, roles)) {
            throw new InvalidBearerTokenException("This account was erased.");
        }
        return new ActorAuthentication(new Actor(id, roles, platform));
    }

    private PersonId personId(Jwt jwt) {
        Object subject = claim(jwt, subjectClaim);
        try {
            return PersonId.of(subject == null ? null : subject.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("The token's " + subjectClaim + " claim is not a usable person id.");
        }
    }

    private PlatformId platform(Jwt jwt) {
        Object platform = claim(jwt, platformClaim);
        if (platform == null || platform.toString().isBlank()) {
            return null;
        }
        try {
            return PlatformId.of(platform.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("The token's " + platformClaim + " claim is not a platform id.");
        }
    }

    private static Object claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** Role names in a list or in one space- or comma-separated string; unknown names are ignored. */
    static Set<Role> roles(Object claim) {
        Collection<?> names = claim instanceof Collection<?> list ? list
                : claim == null ? Set.of() : Arrays.asList(claim.toString().split("[\\s,]+"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            String normalized = name.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (normalized.startsWith("ROLE_")) {
                normalized = normalized.substring("ROLE_".length());
            }
            for (Role role : Role.values()) {
                if (role.name().equals(normalized)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}

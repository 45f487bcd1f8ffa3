package org.roundtable.people.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class JwtActorsTest {

    private final PersonStore people = mock(PersonStore.class);
    private final JwtActors actors = new JwtActors(people, "sub", "realm_access.roles", "org.platform");

    @Test
    void readsRoleNamesFromAListOrAStringWhateverTheirCaseOrPrefix() {
        assertThat(JwtActors.roles(List.of("platform-hr", "ROLE_WORKER", "uma_authorization")))
                .containsExactlyInAnyOrder(Role.PLATFORM_HR, Role.WORKER);
        assertThat(JwtActors.roles("convener auditor,representative"))
                .containsExactlyInAnyOrder(Role.CONVENER, Role.AUDITOR, Role.REPRESENTATIVE);
        assertThat(JwtActors.roles(null)).isEmpty();
    }

    @Test
    void makesTheActorFromNestedClaimsAndRecordsThePerson() {
        when(people.admitExternal(any(), any(), any())).thenReturn(true);
        ActorAuthentication signedIn = (ActorAuthentication) actors.convert(token(Map.of("sub", "p-7",
                "realm_access", Map.of("roles", List.of("representative")), "org", Map.of("platform", "ride"))));
        assertThat(signedIn.actor()).isEqualTo(new Actor(PersonId.of("p-7"), java.util.Set.of(Role.REPRESENTATIVE),
                PlatformId.of("ride")));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_REPRESENTATIVE");
    }

    @Test
    void refusesPlatformRolesWithoutAPlatformAnErasedPersonAndAnUnusableSubject() {
        when(people.admitExternal(any(), any(), any())).thenReturn(false);
        assertThatThrownBy(() -> actors.convert(token(Map.of("sub", "p-7",
                "realm_access", Map.of("roles", List.of("worker"))))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("no platform");
        assertThatThrownBy(() -> actors.convert(token(Map.of("sub", "p-7"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("erased");
        assertThatThrownBy(() -> actors.convert(token(Map.of("sub", "someone@example.org"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("person id");
    }

    private static Jwt token(Map<String, Object> claims) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
    }
}

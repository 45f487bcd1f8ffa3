package org.roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;

/**
 * Sign-in with the identity provider's access tokens: a valid token acts as the person it names,
 * with the roles and platform it states; a token from another issuer, for another audience,
 * expired, or not signed by the provider gets 401 problem+json and changes nothing.
 */
class JwtSignInTest extends TrustContext {

    @Test
    void aValidTokenActsAsThePersonItNamesWithItsRolesAndPlatform() {
        String token = IDP.token("jw-hr-1", "jw-p", "platform-hr", "offline_access").mint();

        Http.Reply me = http().bearer(token).get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo("jw-hr-1");
        assertThat(me.json().get("platformId").asText()).isEqualTo("jw-p");
        assertThat(me.json().get("roles").toString()).contains("PLATFORM_HR").doesNotContain("WORKER");

        Http.Reply rule = http().bearer(token).post("/api/rules", Map.of("name", "Rest", "category", "HOURS_AND_REST",
                "summary", "A break every 4 hours.", "parameters", List.of(Map.of("name", "break_after", "value", "4",
                        "unit", "h"))));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        assertThat(Consultations.awaitJson(http(), "/api/rules/" + rule.createdId(), view -> true)
                .get("platformId").asText()).isEqualTo("jw-p");

        PersonAccount recorded = store.find(PersonId.of("jw-hr-1")).orElseThrow();
        assertThat(recorded.roles()).containsExactly(Role.PLATFORM_HR);
        assertThat(recorded.displayName()).as("no name is copied from the token").isNull();
    }

    @Test
    void aTokenWithoutARoleReadsButMayNotWrite() {
        String token = IDP.token("jw-nobody", null).mint();
        assertThat(http().bearer(token).get("/api/me").status()).isEqualTo(200);
        Http.Reply refused = http().bearer(token).post("/api/platforms", Map.of("id", "jw-x", "name", "X"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theRolesOfTheLatestTokenCount() {
        http().bearer(IDP.token("jw-moving", "jw-p", "WORKER").mint()).get("/api/me");
        Http.Reply now = http().bearer(IDP.token("jw-moving", "jw-p", "ROLE_REPRESENTATIVE").mint()).get("/api/me");
        assertThat(now.json().get("roles").toString()).contains("REPRESENTATIVE").doesNotContain("WORKER");
        assertThat(store.find(PersonId.of("jw-moving")).orElseThrow().roles()).containsExactly(Role.REPRESENTATIVE);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(IDP.token("jw-hr-2", "jw-p", "PLATFORM_HR").issuedBy("http://127.0.0.1:1/realms/other"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(IDP.token("jw-hr-2", "jw-p", "PLATFORM_HR").forAudience("payroll"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(IDP.token("jw-hr-2", "jw-p", "PLATFORM_HR").expiredFor(Duration.ofMinutes(10)));
    }

    @Test
    void aTokenNotSignedByTheProviderIsRefused() {
        assertRefused(IDP.token("jw-hr-2", "jw-p", "PLATFORM_HR").signedByAForger());
    }

    @Test
    void aTokenGivingPlatformRolesWithoutAPlatformIsRefused() {
        assertRefused(IDP.token("jw-hr-2", null, "PLATFORM_HR"));
    }

    @Test
    void anErasedPersonsTokenIsRefused() {
        IdentityProvider.Token token = IDP.token("jw-erased", "jw-p", "WORKER");
        assertThat(http().bearer(token.mint()).get("/api/me").status()).isEqualTo(200);
        store.erase(PersonId.of("jw-erased"));
        assertRefused(token);
    }

    @Test
    void garbageIsRefused() {
        Http.Reply refused = http().bearer("not-a-token").get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    private void assertRefused(IdentityProvider.Token token) {
        long events = eventCount();
        Http.Reply refused = http().bearer(token.mint()).post("/api/rules", Map.of("name", "Forged", "category",
                "HOURS_AND_REST", "summary", "x", "parameters", List.of(Map.of("name", "a", "value", "1"))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(refused.json().get("detail").asText()).contains("access token");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(http().bearer(token.mint()).get("/api/me").status()).isEqualTo(401);
        assertThat(store.find(PersonId.of("jw-hr-2"))).isEmpty();
    }
}

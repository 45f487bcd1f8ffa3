package org.roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.TestPeople;

/**
 * Accounts and the edge: hashed passwords, throttled sign-in (HTTP Basic and the login form, per
 * username and per client address), session cookies, CSRF on every form, security headers on pages
 * and API, the JSON body limit, and writes sent from another site.
 */
class AccountProtectionTest extends TrustContext {

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        new TestPeople(store).open("ap-hash", null, Role.AUDITOR);
        String hash = jdbc.queryForObject("select password_hash from person where username = 'ap-hash'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2a$04$").doesNotContain(PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameForAWhileEvenAgainstTheRightOne() {
        new TestPeople(store).open("ap-locked", null, Role.AUDITOR);
        Http from = http().with("X-Forwarded-For", "198.51.100.1");
        for (int i = 0; i < 5; i++) {
            assertThat(from.basic("ap-locked", "wrong-password").get("/api/me").status()).isEqualTo(401);
        }
        Http.Reply locked = from.basic("ap-locked", PASSWORD).get("/api/me");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("1");
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http().with("X-Forwarded-For", "198.51.100.2").basic("ap-locked", PASSWORD).get("/api/me")
                .status()).as("locked from every address").isEqualTo(429);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> from.basic("ap-locked", PASSWORD).get("/api/me").status() == 200);
        assertThat(from.basic("ap-locked", "wrong-password").get("/api/me").status())
                .as("a success clears the count").isEqualTo(401);
        assertThat(from.basic("ap-locked", PASSWORD).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void eachFailureDuringALongerStreakDoublesTheLock() {
        new TestPeople(store).open("ap-growing", null, Role.AUDITOR);
        Http from = http().with("X-Forwarded-For", "198.51.100.3");
        for (int i = 0; i < 5; i++) {
            from.basic("ap-growing", "wrong-password").get("/api/me");
        }
        assertThat(from.basic("ap-growing", PASSWORD).get("/api/me").header("Retry-After")).isEqualTo("1");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> from.basic("ap-growing", "wrong-password").get("/api/me").status() == 401);
        Http.Reply longer = from.basic("ap-growing", PASSWORD).get("/api/me");
        assertThat(longer.status()).isEqualTo(429);
        assertThat(longer.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressOnly() {
        new TestPeople(store).open("ap-victim-of-nat", null, Role.AUDITOR);
        Http attacker = http().with("X-Forwarded-For", "203.0.113.77");
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.basic("ap-guess-" + i, "wrong-password").get("/api/me").status()).isEqualTo(401);
        }
        assertThat(attacker.basic("ap-victim-of-nat", PASSWORD).get("/api/me").status()).isEqualTo(429);
        assertThat(http().with("X-Forwarded-For", "203.0.113.78").basic("ap-victim-of-nat", PASSWORD)
                .get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theLoginFormIsThrottledAndProtectedAndItsSessionCookieIsHttpOnlyAndSameSite() {
        new TestPeople(store).open("ap-form", null, Role.AUDITOR);
        Http from = http().with("X-Forwarded-For", "198.51.100.4");
        Session session = Session.begin(from);
        assertThat(session.setCookie()).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        assertThat(from.with("Cookie", session.cookie()).form("/login", "username=ap-form&password=" + PASSWORD)
                .status()).as("a form without its CSRF token").isEqualTo(403);
        for (int i = 0; i < 5; i++) {
            assertThat(session.login("ap-form", "wrong-password").header("Location")).endsWith("/login?error");
        }
        assertThat(session.login("ap-form", PASSWORD).header("Location")).endsWith("/login?locked");

        Session fresh = Session.begin(from);
        Http.Reply success = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> fresh.login("ap-form", PASSWORD), reply -> !reply.header("Location").contains("/login?"));
        String signedIn = success.header("Set-Cookie").substring(0, success.header("Set-Cookie").indexOf(';'));
        assertThat(signedIn).as("a new session id after sign-in").isNotEqualTo(fresh.cookie());

        Http.Reply withoutToken = from.with("Cookie", signedIn).form("/rounds/r-1/opinions", "text=hello");
        assertThat(withoutToken.status()).as("a signed-in form POST without its CSRF token").isEqualTo(403);
        assertThat(from.with("Cookie", signedIn).post("/api/platforms", Map.of("id", "ap-x", "name", "X")).status())
                .as("the API does not take the page session").isEqualTo(401);
    }

    @Test
    void aPageSessionEndsWithTheErasureOfItsPerson() {
        new TestPeople(store).open("ap-erased", null, Role.AUDITOR);
        Http from = http().with("X-Forwarded-For", "198.51.100.5");
        Session session = Session.begin(from);
        Http.Reply signedIn = session.login("ap-erased", PASSWORD);
        assertThat(signedIn.header("Location")).doesNotContain("/login?");
        String cookie = signedIn.header("Set-Cookie").substring(0, signedIn.header("Set-Cookie").indexOf(';'));
        assertThat(from.with("Cookie", cookie).get("/test-support/actor").json().get("id").asText())
                .isEqualTo("ap-erased");
        store.erase(org.roundtable.people.PersonId.of("ap-erased"));
        assertThat(from.with("Cookie", cookie).get("/test-support/actor").status()).isEqualTo(403);
    }

    @Test
    void overTlsTheSessionCookieIsSecureAndBrowsersAreToldToKeepToHttps() {
        Http tls = http().with("X-Forwarded-Proto", "https");
        Http.Reply probe = tls.get("/test-support/csrf");
        assertThat(probe.header("Set-Cookie")).contains("Secure").contains("HttpOnly");
        assertThat(probe.header("Strict-Transport-Security")).startsWith("max-age=31536000").contains("includeSubDomains");
        assertThat(tls.get("/api/rounds").header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(http().get("/api/rounds").header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        for (Http.Reply reply : List.of(http().get("/api/rounds"), http().get("/"), http().get("/test-support/csrf"),
                http().post("/api/platforms", Map.of("id", "x", "name", "y")))) {
            assertThat(reply.header("Content-Security-Policy")).contains("default-src").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(reply.header("Permissions-Policy")).contains("camera=()");
        }
        assertThat(http().get("/api/rounds").header("Content-Security-Policy")).startsWith("default-src 'none'");
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsAnnouncedOrNot() throws Exception {
        new TestPeople(store).open("ap-big", PlatformId.of("ap-p"), Role.PLATFORM_HR);
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        long events = eventCount();
        Http.Reply announced = as("ap-big").send("POST", "/api/rules", big, "application/json");
        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.header("Content-Type")).startsWith("application/problem+json");

        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rules"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("ap-big:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(eventCount()).isEqualTo(events);

        Http.Reply small = as("ap-big").post("/api/rules", Map.of("name", "Small", "category", "DISPATCH",
                "summary", "Fits.", "parameters", List.of(Map.of("name", "radius", "value", "3"))));
        assertThat(small.status()).isEqualTo(201);
    }

    @Test
    void aWriteABrowserSendsFromAnotherSiteIsRefused() {
        new TestPeople(store).open("ap-convener", null, Role.CONVENER);
        long events = eventCount();
        Http.Reply crossSite = as("ap-convener").with("Sec-Fetch-Site", "cross-site")
                .post("/api/platforms", Map.of("id", "ap-cross", "name", "Cross"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.header("Content-Type")).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(as("ap-convener").with("Sec-Fetch-Site", "same-origin")
                .post("/api/platforms", Map.of("id", "ap-same", "name", "Same")).status()).isEqualTo(201);
        assertThat(as("ap-convener").with("Sec-Fetch-Site", "cross-site").get("/api/me").status())
                .as("reads are not affected").isEqualTo(200);
    }

    /** A browser's page session: its cookie and its CSRF token. */
    record Session(Http http, String cookie, String setCookie, String parameter, String token) {

        static Session begin(Http http) {
            Http.Reply probe = http.get("/test-support/csrf");
            String setCookie = probe.header("Set-Cookie");
            return new Session(http, setCookie.substring(0, setCookie.indexOf(';')), setCookie,
                    probe.json().get("parameter").asText(), probe.json().get("token").asText());
        }

        Http.Reply login(String username, String password) {
            return http.with("Cookie", cookie).form("/login", "username=" + username + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + parameter + "=" + token);
        }
    }
}

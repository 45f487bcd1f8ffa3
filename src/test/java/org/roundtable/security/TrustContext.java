package org.roundtable.security;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.people.store.PersonStore;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one Spring context of the security tests: the whole application on the embedded store, with
 * sign-in by access tokens of a loopback {@link IdentityProvider} beside the local accounts, a
 * cheap password hash (so hundreds of signed-in requests stay fast), short login locks, and
 * forwarded headers trusted from loopback (so a test can play a client address or TLS). Every
 * test class extends this one, so they all share the context.
 */
@RoundtableTest
@Import(TrustContext.CsrfProbe.class)
abstract class TrustContext {

    static final IdentityProvider IDP = IdentityProvider.start();
    static final String PASSWORD = org.roundtable.support.TestPeople.PASSWORD;

    /** Tables that change on their own (tokens, scheduler heartbeats, sign-in counts) or are counted apart. */
    private static final Set<String> NOT_FINGERPRINTED = Set.of("token_entry", "scheduled_tasks",
            "login_throttle", "flyway_schema_history", "domain_event_entry", "dead_letter_entry");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    @DynamicPropertySource
    static void trustSettings(DynamicPropertyRegistry registry) {
        registry.add("roundtable.security.jwt.issuer-uri", IDP::issuer);
        registry.add("roundtable.security.jwt.jwk-set-uri", IDP::jwkSetUri);
        registry.add("roundtable.security.jwt.audience", () -> IdentityProvider.AUDIENCE);
        registry.add("roundtable.security.jwt.roles-claim", () -> "realm_access.roles");
        registry.add("roundtable.security.passwords.bcrypt-strength", () -> "4");
        registry.add("roundtable.security.login.first-lock", () -> "1s");
        registry.add("roundtable.security.login.longest-lock", () -> "8s");
        registry.add("server.forward-headers-strategy", () -> "native");
    }

    Http http() {
        return Http.at(port);
    }

    Http as(String username) {
        return http().basic(username, PASSWORD);
    }

    long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** Waits until every tracking processor has handled every stored event. */
    void awaitQuiet() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(this::quiet);
    }

    private boolean quiet() {
        TrackingToken head = events.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        for (var processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                for (var status : streaming.processingStatus().values()) {
                    if (status.isErrorState() || status.getCurrentPosition().orElse(-1) < headPosition) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A hash of the contents of every write-side table and read model, to show nothing changed. */
    String fingerprint() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type in ('BASE TABLE', 'TABLE')", String.class);
        List<String> lines = new ArrayList<>();
        for (String table : tables.stream().map(String::toLowerCase).sorted().toList()) {
            if (NOT_FINGERPRINTED.contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                rows.add(row.toString());
            }
            rows.sort(String::compareTo);
            lines.add(table + "=" + rows);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands out the session's CSRF token, as a page's form would carry it. */
    @RestController
    static class CsrfProbe {

        @GetMapping("/test-support/csrf")
        Map<String, String> csrf(CsrfToken token) {
            return Map.of("parameter", token.getParameterName(), "token", token.getToken());
        }

        /** Who a page request acts as, resolved as every controller resolves it. */
        @GetMapping("/test-support/actor")
        Map<String, String> actor(org.roundtable.people.Actor actor) {
            return Map.of("id", actor.id().value());
        }
    }
}

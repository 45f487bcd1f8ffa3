package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.people.store.PersonStore.NewPerson;
import org.roundtable.platform.PlatformId;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The consultation the benchmark votes in, set up as people would over HTTP (platform, roster,
 * rule, proposals, rounds), except the workers: a million accounts are inserted with bulk SQL.
 * Worker {@code n} is person and user {@code w0000n} (7 digits) with the password
 * {@link #WORKER_PASSWORD}, hashed with bcrypt at the lowest strength (4: sixteen rounds, about a
 * millisecond) so that a vote over HTTP measures the vote path more than password hashing; the
 * service runs with the same strength, so it does not re-hash (see docs/performance.md).
 */
final class Scenario {

    static final String PLATFORM = "bench";
    static final String PASSWORD = "bench-password-1";
    static final String WORKER_PASSWORD = "bench-worker";
    static final int WORKER_BCRYPT_STRENGTH = 4;
    private static final String WORKER_PASSWORD_HASH = "{bcrypt}"
            + new BCryptPasswordEncoder(WORKER_BCRYPT_STRENGTH).encode(WORKER_PASSWORD);

    private final Http http;
    private final BenchDatabase database;
    private String proposalRule;

    Scenario(Http http, BenchDatabase database) {
        this.http = http;
        this.database = database;
    }

    static String worker(long n) {
        return String.format("w%07d", n);
    }

    String as(String user) {
        return Http.basic(user, PASSWORD);
    }

    void openAccounts(PersonStore people) {
        PlatformId platform = PlatformId.of(PLATFORM);
        people.register(new NewPerson(PersonId.of("convener"), "convener", PASSWORD, "Convener", null, null,
                java.util.Set.of(Role.CONVENER)));
        people.register(new NewPerson(PersonId.of("hr"), "hr", PASSWORD, "HR", null, platform,
                java.util.Set.of(Role.PLATFORM_HR)));
        people.register(new NewPerson(PersonId.of("rep1"), "rep1", PASSWORD, "Rep", null, platform,
                java.util.Set.of(Role.REPRESENTATIVE)));
        http.expect(201, "POST", "/api/platforms", Map.of("id", PLATFORM, "name", "Bench Co"), as("convener"));
        await("/api/platforms/" + PLATFORM, view -> true, 60);
        http.expect(201, "POST", "/api/platforms/" + PLATFORM + "/roster",
                Map.of("personId", "rep1", "side", "WORKERS", "chief", true), as("convener"));
        http.expect(201, "POST", "/api/platforms/" + PLATFORM + "/roster",
                Map.of("personId", "hr", "side", "PLATFORM", "chief", true), as("convener"));
        proposalRule = http.expect(201, "POST", "/api/rules", Map.of("name", "Delivery pay",
                "category", "PRICING_AND_PAY", "summary", "Base fare plus a storm surcharge.",
                "parameters", List.of(Map.of("name", "storm_surcharge", "value", "1.0", "unit", "CNY"))),
                as("hr")).createdId();
    }

    /** Inserts workers 1..count (person and WORKER role) with two INSERT … SELECT statements. */
    void insertWorkers(long count) throws Exception {
        String range = database.isH2() ? "system_range(1, " + count + ") g(n)" : "generate_series(1, " + count + ") g(n)";
        String id = "'w' || lpad(cast(n as varchar), 7, '0')";
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("insert into person (id, username, password_hash, display_name, phone, platform_id, erased,"
                    + " created_at) select " + id + ", " + id + ", '" + WORKER_PASSWORD_HASH + "', null, null, '"
                    + PLATFORM + "', false, current_timestamp from " + range);
            s.execute("insert into person_role (person_id, role) select " + id + ", 'WORKER' from " + range);
            if (!database.isH2()) {
                s.execute("analyze person");
                s.execute("analyze person_role");
            }
        }
    }

    /** A submitted proposal to raise the storm surcharge. */
    String submittedProposal(String title) {
        String proposal = http.expect(201, "POST", "/api/proposals", Map.of("title", title,
                "category", "PRICING_AND_PAY",
                "changes", List.of(Map.of("ruleId", proposalRule, "parameter", "storm_surcharge",
                        "currentValue", "1.0", "proposedValue", "2.0", "unit", "CNY")),
                "rationale", "Storms are dangerous.", "expectedImpact", "1 CNY more per storm order.",
                "effectiveDate", LocalDate.now().plusDays(30).toString()), as("hr")).createdId();
        // The submission finds the draft in the read model, which follows the draft's creation in moments.
        long until = System.nanoTime() + 60_000_000_000L;
        Http.Answer submitted = http.send("POST", "/api/proposals/" + proposal + "/submission", null, as("hr"));
        while (submitted.status() == 404 && System.nanoTime() < until) {
            pause(20);
            submitted = http.send("POST", "/api/proposals/" + proposal + "/submission", null, as("hr"));
        }
        if (submitted.status() != 204) {
            throw new IllegalStateException("submitting " + proposal + " answered " + submitted.status() + ": "
                    + submitted.body());
        }
        await("/api/proposals/" + proposal, p -> p.get("status").asText().equals("SUBMITTED"), 60);
        return proposal;
    }

    /** Opens an all-worker round (the electorate is frozen in this request) and answers its id. */
    String openRound(String proposal) {
        Instant starts = Instant.now().plusSeconds(1);
        return http.expect(201, "POST", "/api/rounds", Map.of("platformId", PLATFORM, "proposalId", proposal,
                "electorateKind", "ALL_WORKERS", "commentStartsAt", starts.toString(),
                "commentEndsAt", starts.plusSeconds(1).toString()), as("convener")).createdId();
    }

    void openVoting(String round, Instant closesAt) {
        await("/api/rounds/" + round, r -> r.get("phase").asText().equals("NEGOTIATING"), 120);
        http.expect(204, "POST", "/api/rounds/" + round + "/voting", Map.of("closesAt", closesAt.toString()),
                as("convener"));
        await("/api/rounds/" + round, r -> r.get("phase").asText().equals("VOTING"), 120);
    }

    void signAndPublish(String round) {
        http.expect(204, "POST", "/api/rounds/" + round + "/signatures", null, as("rep1"));
        http.expect(204, "POST", "/api/rounds/" + round + "/signatures", null, as("hr"));
        http.expect(204, "POST", "/api/rounds/" + round + "/publication", null, as("convener"));
    }

    JsonNode await(String path, Predicate<JsonNode> condition, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            Http.Answer answer = http.send("GET", path, null, null);
            if (answer.status() == 200 && condition.test(answer.json())) {
                return answer.json();
            }
            pause(20);
        }
        throw new IllegalStateException(path + " did not reach the expected state in " + seconds + " s");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

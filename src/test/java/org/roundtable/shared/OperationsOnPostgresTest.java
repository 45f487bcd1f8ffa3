package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RegisterPlatform;
import org.roundtable.platform.PlatformEvents.PlatformRegistered;
import org.roundtable.platform.PlatformEvents.RepresentativeAppointed;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.support.Api;
import org.roundtable.support.PostgresDatabase;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator's side on PostgreSQL with the "postgres" profile: failed events are parked and
 * the processor goes on; parked events are listed, retried and evicted; a projection is rebuilt
 * by replay.
 */
@RoundtableTest
@ActiveProfiles({"test", "postgres"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsOnPostgresTest {

    private static final String FLAKY = "flaky-platforms";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FlakyPlatforms flaky;
    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        if (store.findByUsername("convener-ops").isEmpty()) {
            TestPeople people = new TestPeople(store);
            people.open("convener-ops", null, Role.CONVENER);
            people.open("auditor-ops", null, Role.AUDITOR);
            people.open("worker-ops", PlatformId.of("dl-steady"), Role.WORKER);
            jdbc.execute("create table flaky_seen (platform_id varchar(64) not null)");
        }
    }

    @Test
    @Order(1)
    void aFailedEventIsParkedListedRetriedAndGoneWhileLaterEventsAreHandled() {
        flaky.failTimes("dl-flaky", 2);
        register("dl-flaky");
        commands.sendAndWait(new AppointRepresentative(PlatformId.of("dl-flaky"), PersonId.of("rep-dl"), Side.WORKERS,
                true, PersonId.of("convener-ops")));
        register("dl-steady");

        await().until(() -> flaky.handled.contains("registered dl-steady"));
        JsonNode parked = await().until(() -> api.as("auditor-ops").get("/api/admin/dead-letters/" + FLAKY),
                response -> response.status() == 200 && response.json().get("letters").asInt() == 2).json();
        assertThat(flaky.handled).doesNotContain("registered dl-flaky", "appointed dl-flaky");
        assertThat(parked.get("sequences").asInt()).isEqualTo(1);
        JsonNode first = parked.get("parked").get(0).get("letters").get(0);
        JsonNode second = parked.get("parked").get(0).get("letters").get(1);
        assertThat(first.get("eventType").asText()).endsWith("PlatformRegistered");
        assertThat(first.get("aggregateId").asText()).isEqualTo("dl-flaky");
        assertThat(first.get("causeType").asText()).contains("BadSqlGrammar");
        assertThat(first.get("causeMessage").asText()).contains("no_such_table");
        assertThat(first.get("enqueuedAt").asText()).isNotBlank();
        assertThat(second.get("eventType").asText()).endsWith("RepresentativeAppointed");
        assertThat(second.get("causeType").asText()).isEmpty();
        assertThat(seen()).as("the failed handler's own write was undone, the next event's kept")
                .containsExactly("dl-steady");
        assertThat(summaries()).extracting(group -> group.get("group").asText()).contains(FLAKY, "platforms")
                .doesNotContain("roster");

        assertThat(api.as("auditor-ops").post("/api/admin/dead-letters/" + FLAKY + "/retry", "").status())
                .isEqualTo(403);
        Api.Response failedAgain = api.as("convener-ops").post("/api/admin/dead-letters/" + FLAKY + "/retry", "");
        assertThat(failedAgain.status()).isEqualTo(409);
        assertThat(failedAgain.json().get("detail").asText()).contains("failed again").contains("no_such_table");

        assertThat(api.as("convener-ops").post("/api/admin/dead-letters/" + FLAKY + "/retry", "").status())
                .isEqualTo(204);
        assertThat(flaky.handled).containsSubsequence("registered dl-flaky", "appointed dl-flaky");
        JsonNode empty = api.as("auditor-ops").get("/api/admin/dead-letters/" + FLAKY).json();
        assertThat(empty.get("letters").asInt()).isZero();
        assertThat(empty.get("parked")).isEmpty();
        assertThat(seen()).containsExactlyInAnyOrder("dl-steady", "dl-flaky");
        assertThat(api.as("convener-ops").post("/api/admin/dead-letters/" + FLAKY + "/retry", "").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void theConvenerEvictsAParkedEventForGood() {
        flaky.failTimes("dl-doomed", 1_000);
        register("dl-doomed");
        JsonNode parked = await().until(() -> api.as("auditor-ops").get("/api/admin/dead-letters/" + FLAKY),
                response -> response.status() == 200 && response.body().contains("dl-doomed")).json();
        String id = parked.get("parked").findValues("letters").stream()
                .flatMap(letters -> java.util.stream.StreamSupport.stream(letters.spliterator(), false))
                .filter(letter -> "dl-doomed".equals(letter.get("aggregateId").asText()))
                .map(letter -> letter.get("id").asText()).findFirst().orElseThrow();

        assertThat(api.as("auditor-ops").delete("/api/admin/dead-letters/" + FLAKY + "/" + id).status())
                .isEqualTo(403);
        assertThat(api.as("convener-ops").delete("/api/admin/dead-letters/" + FLAKY + "/" + id).status())
                .isEqualTo(204);
        assertThat(api.as("auditor-ops").get("/api/admin/dead-letters/" + FLAKY).body()).doesNotContain("dl-doomed");
        assertThat(api.as("convener-ops").delete("/api/admin/dead-letters/" + FLAKY + "/" + id).status())
                .isEqualTo(404);
        assertThat(flaky.handled).doesNotContain("registered dl-doomed");
    }

    @Test
    void onlyAuditorsAndTheConvenerSeeTheMachinery() {
        assertThat(api.as("worker-ops").get("/api/admin/dead-letters").status()).isEqualTo(403);
        assertThat(api.get("/api/admin/projections").status()).isIn(401, 403);
        assertThat(api.as("auditor-ops").get("/api/admin/dead-letters/no-such-group").status()).isEqualTo(404);
        assertThat(api.as("auditor-ops").get("/api/admin/dead-letters/roster").status()).isEqualTo(404);
    }

    @Test
    void aProjectionIsRebuiltByReplayingTheHistory() {
        register("dl-replay");
        await().until(() -> api.get("/api/platforms/dl-replay").status() == 200);
        jdbc.update("update platform_view set name = 'damaged' where platform_id = 'dl-replay'");
        assertThat(api.get("/api/platforms/dl-replay").json().get("name").asText()).isEqualTo("damaged");

        assertThat(api.as("auditor-ops").post("/api/admin/projections/platforms/replay", "").status()).isEqualTo(403);
        Api.Response started = api.as("convener-ops").post("/api/admin/projections/platforms/replay", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.location()).isEqualTo("/api/admin/projections/platforms");

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/platforms/dl-replay"),
                platform -> platform.status() == 200
                        && platform.json().get("name").asText().equals("Name of dl-replay"));
        JsonNode status = await().until(() -> api.as("auditor-ops").get("/api/admin/projections/platforms").json(),
                processor -> !processor.get("replaying").asBoolean());
        assertThat(status.get("running").asBoolean()).isTrue();
        assertThat(status.get("streaming").asBoolean()).isTrue();

        assertThat(api.as("convener-ops").post("/api/admin/projections/roster/replay", "").status()).isEqualTo(409);
        assertThat(api.as("convener-ops").post("/api/admin/projections/nothing/replay", "").status()).isEqualTo(404);
    }

    private void register(String platform) {
        commands.sendAndWait(new RegisterPlatform(PlatformId.of(platform), "Name of " + platform,
                PersonId.of("convener-ops")));
    }

    /** What the flaky projection wrote, of the two platforms of the main case. */
    private List<String> seen() {
        return jdbc.queryForList("select platform_id from flaky_seen where platform_id in ('dl-flaky', 'dl-steady')",
                String.class);
    }

    private List<JsonNode> summaries() {
        JsonNode groups = api.as("auditor-ops").get("/api/admin/dead-letters").json();
        return java.util.stream.StreamSupport.stream(groups.spliterator(), false).toList();
    }

    /**
     * A projection that fails with a real SQL error for chosen platforms a chosen number of times,
     * after a write of its own that the failure must take back.
     */
    @ProcessingGroup(FLAKY)
    static class FlakyPlatforms {

        final List<String> handled = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final JdbcTemplate jdbc;

        FlakyPlatforms(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void failTimes(String platform, int times) {
            failures.put(platform, new AtomicInteger(times));
        }

        @EventHandler
        void on(PlatformRegistered event) {
            String platform = event.platformId().value();
            jdbc.update("insert into flaky_seen (platform_id) values (?)", platform);
            AtomicInteger left = failures.get(platform);
            if (left != null && left.getAndDecrement() > 0) {
                jdbc.update("insert into no_such_table (platform_id) values (?)", platform);
            }
            handled.add("registered " + platform);
        }

        @EventHandler
        void on(RepresentativeAppointed event) {
            handled.add("appointed " + event.platformId().value());
        }
    }

    @TestConfiguration
    static class FlakyProjectionConfig {

        @Bean
        FlakyPlatforms flakyPlatforms(JdbcTemplate jdbc) {
            return new FlakyPlatforms(jdbc);
        }
    }
}

package org.roundtable.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.Api;
import org.roundtable.support.Api.Response;
import org.roundtable.support.TestPeople;

/**
 * A platform with its people, a rule and a proposal, set up over the JSON API so that page tests
 * start from a known state. Usernames are prefixed with the platform id, so each test may have
 * its own platform in a shared Spring context: {@code <platform>-convener}, {@code -hr},
 * {@code -rep1} (chief), {@code -rep2}, {@code -rep3}, {@code -worker}.
 */
final class Scenario {

    final String platform;
    final Api api;
    String ruleId;
    String proposalId;
    String roundId;

    private Scenario(String platform, Api api) {
        this.platform = platform;
        this.api = api;
    }

    /** Accounts, the platform and its roster, and a registered pay rule. */
    static Scenario platform(String platform, int port, PersonStore store) {
        Scenario scenario = new Scenario(platform, Api.at(port));
        TestPeople people = new TestPeople(store);
        PlatformId id = PlatformId.of(platform);
        people.open(scenario.convener(), null, Role.CONVENER);
        people.open(scenario.hr(), id, Role.PLATFORM_HR);
        for (int n = 1; n <= 3; n++) {
            people.open(scenario.rep(n), id, Role.REPRESENTATIVE, Role.WORKER);
        }
        people.open(scenario.worker(), id, Role.WORKER);
        scenario.as(scenario.convener()).post("/api/platforms", Map.of("id", platform, "name", "平台 " + platform), 201);
        scenario.awaitJson("/api/platforms/" + platform, json -> true);
        for (int n = 1; n <= 3; n++) {
            scenario.as(scenario.convener()).post("/api/platforms/" + platform + "/roster",
                    Map.of("personId", scenario.rep(n), "side", "WORKERS", "chief", n == 1), 201);
        }
        scenario.as(scenario.convener()).post("/api/platforms/" + platform + "/roster",
                Map.of("personId", scenario.hr(), "side", "PLATFORM", "chief", true), 201);
        scenario.ruleId = scenario.as(scenario.hr()).post("/api/rules", Map.of("name", "配送报酬 Delivery pay",
                "category", "PRICING_AND_PAY", "summary", "Base fare plus a storm surcharge.",
                "parameters", List.of(Map.of("name", "base_fare", "value", "4.0", "unit", "CNY"),
                        Map.of("name", "storm_surcharge", "value", "1.0", "unit", "CNY"))), 201).createdId();
        return scenario;
    }

    String convener() {
        return platform + "-convener";
    }

    String hr() {
        return platform + "-hr";
    }

    String rep(int n) {
        return platform + "-rep" + n;
    }

    String worker() {
        return platform + "-worker";
    }

    /** A submitted proposal raising the storm surcharge from 1.0 to 2.0 CNY. */
    Scenario submittedProposal() {
        proposalId = as(hr()).post("/api/proposals", Map.of("title", "暴雨天加价 Storm pay",
                "category", "PRICING_AND_PAY", "changes", List.of(change("storm_surcharge", "1.0", "2.0")),
                "rationale", "Storms are dangerous.", "expectedImpact", "2 CNY more per storm order.",
                "effectiveDate", LocalDate.now().plusDays(30).toString()), 201).createdId();
        as(hr()).post("/api/proposals/" + proposalId + "/submission", null, 204);
        awaitJson("/api/proposals/" + proposalId, p -> p.get("status").asText().equals("SUBMITTED"));
        return this;
    }

    /** Opens a round on the proposal whose comment period starts at once and lasts {@code seconds}. */
    Scenario roundInCommentPeriod(int seconds) {
        Instant starts = Instant.now().plusMillis(500);
        roundId = as(convener()).post("/api/rounds", Map.of("platformId", platform, "proposalId", proposalId,
                "electorateKind", "REPRESENTATIVES", "commentStartsAt", starts.toString(),
                "commentEndsAt", starts.plusSeconds(seconds).toString()), 201).createdId();
        awaitPhase("COMMENTING");
        return this;
    }

    String round() {
        return "/api/rounds/" + roundId;
    }

    JsonNode awaitPhase(String phase) {
        return awaitJson(round(), r -> r.get("phase").asText().equals(phase));
    }

    Map<String, String> change(String parameter, String current, String proposed) {
        return Map.of("ruleId", ruleId, "parameter", parameter, "currentValue", current,
                "proposedValue", proposed, "unit", "CNY");
    }

    Caller as(String username) {
        return new Caller(api.as(username));
    }

    JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Response response = api.get(path);
                    return response.status() == 200 ? response.json() : null;
                }, json -> json != null && condition.test(json));
    }

    /** One signed-in caller of the JSON API that checks the status of each answer. */
    record Caller(Api api) {

        Response post(String path, Object body, int status) {
            Response response = api.post(path, body);
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            return response;
        }
    }
}

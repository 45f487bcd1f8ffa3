package org.roundtable.publication;

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
 * A consultation on one platform driven over HTTP, step by step, so a test can watch what
 * publication makes of it. People are named after the platform: "convener-p", "hr-p", "rep1-p"...
 */
final class Consultation {

    final String platform;
    final Api api;

    Consultation(Api api, String platform) {
        this.api = api;
        this.platform = platform;
    }

    String convener() {
        return "convener-" + platform;
    }

    String hr() {
        return "hr-" + platform;
    }

    String rep(int n) {
        return "rep" + n + "-" + platform;
    }

    /** Accounts, the platform and its roster: three worker representatives (the first chief) and HR as chief. */
    Consultation register(PersonStore store, boolean roster) {
        TestPeople people = new TestPeople(store);
        PlatformId id = PlatformId.of(platform);
        people.open(convener(), null, Role.CONVENER);
        people.open(hr(), id, Role.PLATFORM_HR);
        for (int n = 1; n <= 3; n++) {
            people.open(rep(n), id, Role.REPRESENTATIVE, Role.WORKER);
        }
        expect(api.as(convener()).post("/api/platforms", Map.of("id", platform, "name", "Platform " + platform)), 201);
        if (roster) {
            for (int n = 1; n <= 3; n++) {
                expect(api.as(convener()).post("/api/platforms/" + platform + "/roster",
                        Map.of("personId", rep(n), "side", "WORKERS", "chief", n == 1)), 201);
            }
            expect(api.as(convener()).post("/api/platforms/" + platform + "/roster",
                    Map.of("personId", hr(), "side", "PLATFORM", "chief", true)), 201);
        }
        awaitJson("/api/platforms/" + platform, p -> p.get("roster").size() == (roster ? 4 : 0));
        return this;
    }

    /** HR records a pay rule and submits a proposal to raise its storm surcharge; answers the proposal id. */
    String propose(String title) {
        String rule = expect(api.as(hr()).post("/api/rules", Map.of("name", "Delivery pay",
                "category", "PRICING_AND_PAY", "summary", "Base fare plus a storm surcharge.",
                "parameters", List.of(Map.of("name", "storm_surcharge", "value", "1.0", "unit", "CNY")))), 201)
                .createdId();
        String proposal = expect(api.as(hr()).post("/api/proposals", Map.of("title", title,
                "category", "PRICING_AND_PAY",
                "changes", List.of(Map.of("ruleId", rule, "parameter", "storm_surcharge", "currentValue", "1.0",
                        "proposedValue", "2.5", "unit", "CNY")),
                "rationale", "Storms are dangerous.", "expectedImpact", "More pay per storm order.",
                "effectiveDate", LocalDate.now().plusDays(30).toString())), 201).createdId();
        expect(api.as(hr()).post("/api/proposals/" + proposal + "/submission", null), 204);
        awaitJson("/api/proposals/" + proposal, p -> p.get("status").asText().equals("SUBMITTED"));
        return proposal;
    }

    /** The convener opens a round whose comment period starts in a second and lasts the (test) minimum. */
    String open(String proposal) {
        Instant starts = Instant.now().plusSeconds(1);
        String round = expect(api.as(convener()).post("/api/rounds", Map.of("platformId", platform,
                "proposalId", proposal, "electorateKind", "REPRESENTATIVES", "commentStartsAt", starts.toString(),
                "commentEndsAt", starts.plusSeconds(3).toString())), 201).createdId();
        awaitJson("/api/rounds/" + round, r -> r.get("electorateSize").asLong() == 3);
        return round;
    }

    /** From negotiation to a published outcome: two for, one abstention, closed early, signed, published. */
    void voteAndPublish(String round) {
        String path = "/api/rounds/" + round;
        awaitJson(path, r -> r.get("phase").asText().equals("NEGOTIATING"));
        expect(api.as(convener()).post(path + "/voting", Map.of("closesAt", Instant.now().plusSeconds(120).toString())),
                204);
        awaitJson(path, r -> r.get("phase").asText().equals("VOTING"));
        expect(api.as(rep(1)).post(path + "/votes", Map.of("choice", "FOR")), 201);
        expect(api.as(rep(2)).post(path + "/votes", Map.of("choice", "FOR")), 201);
        expect(api.as(rep(3)).post(path + "/votes", Map.of("choice", "ABSTAIN")), 201);
        expect(api.as(convener()).post(path + "/voting/closure", null), 204);
        awaitJson(path, r -> r.get("phase").asText().equals("CLOSED"));
        expect(api.as(rep(1)).post(path + "/signatures", null), 204);
        expect(api.as(hr()).post(path + "/signatures", null), 204);
        expect(api.as(convener()).post(path + "/publication", null), 204);
        awaitJson(path, r -> r.get("phase").asText().equals("PUBLISHED"));
    }

    JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Response response = api.get(path);
                    return response.status() == 200 ? response.json() : null;
                }, json -> json != null && condition.test(json));
    }

    static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}

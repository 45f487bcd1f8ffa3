package org.roundtable.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.Api;
import org.roundtable.support.TestPeople;

/**
 * A platform with its people and roster for the round's API tests. Every username ends in the
 * platform's name, so scenarios in one Spring context never collide.
 */
final class RoundScenario {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    final String platform;
    final Api api;
    final Api convener;
    final Api hr;
    final Api hrChief;
    final Api rep;
    final Api repChief;
    final Api worker;
    final Api outsider;

    RoundScenario(Api anonymous, PersonStore store, String platform) {
        this.platform = platform;
        this.api = anonymous;
        TestPeople people = new TestPeople(store);
        PlatformId id = PlatformId.of(platform);
        people.open("convener-" + platform, null, Role.CONVENER);
        people.open("hr-" + platform, id, Role.PLATFORM_HR);
        people.open("hrchief-" + platform, id, Role.PLATFORM_HR);
        people.open("rep-" + platform, id, Role.REPRESENTATIVE);
        people.open("repchief-" + platform, id, Role.REPRESENTATIVE);
        people.open("worker-" + platform, id, Role.WORKER);
        people.open("outsider-" + platform, PlatformId.of("elsewhere"), Role.WORKER, Role.REPRESENTATIVE);
        convener = anonymous.as("convener-" + platform);
        hr = anonymous.as("hr-" + platform);
        hrChief = anonymous.as("hrchief-" + platform);
        rep = anonymous.as("rep-" + platform);
        repChief = anonymous.as("repchief-" + platform);
        worker = anonymous.as("worker-" + platform);
        outsider = anonymous.as("outsider-" + platform);
    }

    /** Registers the platform with two worker representatives (one the chief) and the platform's chief. */
    RoundScenario withRoster() {
        assertThat(convener.post("/api/platforms", Map.of("id", platform, "name", "Platform " + platform)).status())
                .isEqualTo(201);
        await().atMost(PATIENCE).until(() -> api.get("/api/platforms/" + platform).status() == 200);
        appoint("repchief-" + platform, "WORKERS", true);
        appoint("rep-" + platform, "WORKERS", false);
        appoint("hrchief-" + platform, "PLATFORM", true);
        return this;
    }

    private void appoint(String person, String side, boolean chief) {
        Api.Response appointed = convener.post("/api/platforms/" + platform + "/roster",
                Map.of("personId", person, "side", side, "chief", chief));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
    }

    /** HR drafts and submits a proposal to change the rain buffer from 5 to 6 minutes; returns its id. */
    String submittedProposal() {
        Api.Response drafted = hr.post("/api/proposals", Map.of("title", "Rain buffer", "category", "TIME_ESTIMATE",
                "changes", List.of(Map.of("ruleId", "rule-eta", "parameter", "rain buffer", "currentValue", "5",
                        "proposedValue", "6", "unit", "minutes")),
                "rationale", "Rain slows riders down.", "expectedImpact", "One more minute in the rain.",
                "effectiveDate", LocalDate.now().plusMonths(1).toString()));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.createdId();
        await().atMost(PATIENCE).until(() -> hr.get("/api/proposals/" + id).status() == 200);
        assertThat(hr.post("/api/proposals/" + id + "/submission", null).status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> "SUBMITTED".equals(
                api.get("/api/proposals/" + id).json().path("status").asText()));
        return id;
    }

    /** Waits until the round's view satisfies the condition, and returns it. */
    JsonNode awaitRound(String roundId, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).until(() -> api.get("/api/rounds/" + roundId),
                        response -> response.status() == 200 && condition.test(response.json()))
                .json();
    }

    JsonNode awaitPhase(String roundId, String phase) {
        return awaitRound(roundId, round -> phase.equals(round.get("phase").asText()));
    }
}

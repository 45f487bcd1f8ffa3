package org.roundtable.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Platform HR drafts, submits, revises and withdraws proposals over the JSON API. */
@RoundtableTest
class ProposalApiTest {

    private static final PlatformId FOOD = PlatformId.of("pr-food");
    private static final PlatformId RIDE = PlatformId.of("pr-ride");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        if (store.findByUsername("hr-food").isEmpty()) {
            TestPeople people = new TestPeople(store);
            people.open("hr-food", FOOD, Role.PLATFORM_HR);
            people.open("hr-ride", RIDE, Role.PLATFORM_HR);
            people.open("rep-food", FOOD, Role.REPRESENTATIVE);
        }
    }

    @Test
    void hrDraftsEditsSubmitsAndRevisesAProposal() {
        Api.Response created = api.as("hr-food").post("/api/proposals", draft("Fairer base fare", "4.0"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.createdId();
        assertThat(created.location()).isEqualTo("/api/proposals/" + id);
        await().until(() -> api.as("hr-food").get("/api/proposals/" + id).status() == 200);
        assertThat(api.get("/api/proposals/" + id).status()).as("a draft is not public").isEqualTo(404);

        assertThat(api.as("hr-food").put("/api/proposals/" + id + "/draft", draft("Fairer base fare", "4.2"))
                .status()).isEqualTo(204);
        assertThat(api.as("hr-food").post("/api/proposals/" + id + "/submission", null).status()).isEqualTo(204);
        JsonNode submitted = awaitProposal(id, p -> p.get("status").asText().equals("SUBMITTED"));
        assertThat(submitted.get("revision").asInt()).isEqualTo(1);
        assertThat(submitted.get("changes").get(0).get("proposedValue").asText()).isEqualTo("4.2");

        Api.Response revised = api.as("hr-food").post("/api/proposals/" + id + "/revisions", Map.of(
                "changes", List.of(change("pr-rule-pay", "night bonus", "0", "1.5", "CNY")),
                "reason", "Representatives asked for a night bonus"));
        assertThat(revised.status()).isEqualTo(201);
        assertThat(revised.location()).isEqualTo("/api/proposals/" + id + "/revisions/2");

        JsonNode proposal = awaitProposal(id, p -> p.get("revision").asInt() == 2);
        assertThat(proposal.get("changes")).hasSize(2);
        assertThat(proposal.get("revisions")).hasSize(2);
        JsonNode second = api.get("/api/proposals/" + id + "/revisions/2").json();
        assertThat(second.get("reason").asText()).isEqualTo("Representatives asked for a night bonus");
        assertThat(second.get("delta").get(0).get("parameter").asText()).isEqualTo("night bonus");
        assertThat(second.get("delta").get(0).get("before").isNull()).isTrue();
        assertThat(second.get("delta").get(0).get("after").asText()).isEqualTo("1.5");

        JsonNode listed = api.get("/api/proposals?platform=pr-food").json();
        assertThat(listed.findValuesAsText("id")).contains(id);
        assertThat(api.get("/api/proposals?platform=pr-ride").json().findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void hrOfAnotherPlatformIsRefusedAndNothingChanges() {
        String id = api.as("hr-food").post("/api/proposals", draft("Shorter radius", "3")).createdId();
        await().until(() -> api.as("hr-food").get("/api/proposals/" + id).status() == 200);

        Api.Response refused = api.as("hr-ride").post("/api/proposals/" + id + "/submission", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("pr-food");
        assertThat(api.as("hr-ride").put("/api/proposals/" + id + "/draft", draft("Hijacked", "9")).status())
                .isEqualTo(403);
        assertThat(api.as("hr-ride").post("/api/proposals/" + id + "/withdrawal", Map.of("reason", "mine"))
                .status()).isEqualTo(403);

        assertThat(eventsOf(id)).as("only the draft is recorded").isEqualTo(1);
        assertThat(api.as("hr-ride").get("/api/proposals/" + id).status()).isEqualTo(404);
    }

    @Test
    void onlyPlatformHrDraftsProposals() {
        Api.Response refused = api.as("rep-food").post("/api/proposals", draft("From a representative", "5"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/proposals", draft("Anonymous", "5")).status()).isEqualTo(401);
    }

    @Test
    void refusalsOfTheProposalRulesAreConflictsThatSayWhy() {
        String id = api.as("hr-food").post("/api/proposals", draft("Rest after ten hours", "10")).createdId();
        await().until(() -> api.as("hr-food").get("/api/proposals/" + id).status() == 200);

        Api.Response tooEarly = api.as("hr-food").post("/api/proposals/" + id + "/revisions", Map.of(
                "changes", List.of(change("pr-rule-pay", "base fare", "3.5", "5", "CNY")), "reason", "early"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("detail").asText()).contains("submit it first");

        api.as("hr-food").post("/api/proposals/" + id + "/submission", null);
        assertThat(api.as("hr-food").post("/api/proposals/" + id + "/submission", null).status()).isEqualTo(409);
        await().until(() -> api.get("/api/proposals/" + id).status() == 200);

        Api.Response unchanged = api.as("hr-food").post("/api/proposals/" + id + "/revisions", Map.of(
                "changes", List.of(change("pr-rule-pay", "base fare", "3.5", "10", "CNY")), "reason", "same"));
        assertThat(unchanged.status()).isEqualTo(409);
        assertThat(unchanged.json().get("detail").asText()).contains("changes nothing");

        assertThat(api.as("hr-food").post("/api/proposals/" + id + "/withdrawal", Map.of("reason", "Agreed otherwise"))
                .status()).isEqualTo(204);
        awaitProposal(id, p -> p.get("status").asText().equals("WITHDRAWN"));
        assertThat(api.as("hr-food").post("/api/proposals/" + id + "/withdrawal", Map.of("reason", "again"))
                .status()).isEqualTo(409);
    }

    @Test
    void anInvalidProposalGetsAProblemNamingTheField() {
        Map<String, Object> body = Map.of("title", "No changes", "category", "PRICING_AND_PAY", "changes", List.of(),
                "rationale", "r", "expectedImpact", "i", "effectiveDate", "2026-03-01");
        Api.Response refused = api.as("hr-food").post("/api/proposals", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("changes");
        assertThat(api.get("/api/proposals/unknown-proposal").status()).isEqualTo(404);
    }

    private JsonNode awaitProposal(String id, java.util.function.Predicate<JsonNode> ready) {
        return await().until(() -> api.as("hr-food").get("/api/proposals/" + id),
                response -> response.status() == 200 && ready.test(response.json())).json();
    }

    private long eventsOf(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, id);
    }

    private static Map<String, Object> draft(String title, String baseFare) {
        return Map.of("title", title, "category", "PRICING_AND_PAY",
                "changes", List.of(change("pr-rule-pay", "base fare", "3.5", baseFare, "CNY")),
                "rationale", "Costs went up.", "expectedImpact", "More pay per order.", "effectiveDate", "2026-03-01");
    }

    private static Map<String, String> change(String rule, String parameter, String current, String proposed,
                                              String unit) {
        return Map.of("ruleId", rule, "parameter", parameter, "currentValue", current, "proposedValue", proposed,
                "unit", unit);
    }
}

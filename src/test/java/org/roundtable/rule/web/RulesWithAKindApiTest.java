package org.roundtable.rule.web;

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

/**
 * Rules registered with a kind over the API: checked by their model (a bad parameter is a 400 that
 * names it, and nothing is stored), described in words generated from the parameters on the rule
 * page in both languages, and proposals for them refused when they would break the model.
 */
@RoundtableTest
class RulesWithAKindApiTest {

    private static final PlatformId COURIER = PlatformId.of("rk-courier");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        if (store.findByUsername("hr-courier").isEmpty()) {
            new TestPeople(store).open("hr-courier", COURIER, Role.PLATFORM_HR);
        }
    }

    @Test
    void aDispatchRuleIsRegisteredWithItsKindAndItsWordsAreGeneratedInBothLanguages() {
        Api.Response created = api.as("hr-courier").post("/api/rules", dispatch("Order dispatch 派单", "40%"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.createdId();

        JsonNode rule = await().until(() -> api.get("/api/rules/" + id), r -> r.status() == 200).json();
        assertThat(rule.get("kind").asText()).isEqualTo("DISPATCH");
        assertThat(rule.get("inWords").get("en").asText()).startsWith("A rider holds at most 3 orders at a time")
                .contains("distance to the pick-up 40%", "Not weighed: rating.");
        assertThat(rule.get("inWords").get("zh").asText()).contains("每名骑手同时最多持有3单", "到取餐点的距离40%");
        assertThat(rule.get("summary").asText()).as("the recorded words are the generated ones")
                .isEqualTo(rule.get("inWords").get("en").asText());
        assertThat(rule.get("versions").get(0).get("inWords").get("zh").asText()).contains("3公里以内");

        String chinese = api.get("/rules/" + id).body();
        assertThat(chinese).contains("每名骑手同时最多持有3单，只接收取餐点在3公里以内的订单。", "由派单模型的参数自动生成");
        String english = api.get("/rules/" + id + "?lang=en").body();
        assertThat(english).contains("A rider holds at most 3 orders at a time and is offered only orders whose"
                + " pick-up is within 3 km.", "Written from the parameters of the dispatch model");
    }

    @Test
    void aParameterTheModelRejectsIsA400NamingItAndNothingIsStored() {
        Api.Response refused = api.as("hr-courier").post("/api/rules", dispatch("Refused dispatch", "-5%"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("The dispatch rule parameters are invalid",
                "weight_distance -5 is outside 0 to 100");

        Map<String, Object> wrongKind = Map.of("name", "Refused pricing", "category", "PRICING_AND_PAY",
                "kind", "TIME_ESTIMATE", "parameters", List.of(parameter("base_minutes", "10", "min")));
        Api.Response mismatch = api.as("hr-courier").post("/api/rules", wrongKind);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("detail").asText()).contains("its kind is PRICING");

        Map<String, Object> handWritten = Map.of("name", "Refused words", "category", "DISPATCH", "kind", "DISPATCH",
                "summary", "Nearest first.", "parameters", ((Map<?, ?>) dispatch("x", "40%")).get("parameters"));
        assertThat(api.as("hr-courier").post("/api/rules", handWritten).json().get("detail").asText())
                .contains("leave the summary out");

        assertThat(api.get("/api/rules?platform=rk-courier").json().findValuesAsText("name"))
                .doesNotContain("Refused dispatch", "Refused pricing", "Refused words");
    }

    @Test
    void aProposalWhoseAfterValueBreaksTheModelIsRefusedWhenSubmittedAndWhenRevised() {
        String rule = api.as("hr-courier").post("/api/rules", dispatch("Dispatch for proposals", "40%")).createdId();
        await().until(() -> api.get("/api/rules/" + rule).status() == 200);

        String broken = draft(rule, change(rule, "weight_distance", "40%", "60%"));
        Api.Response refused = api.as("hr-courier").post("/api/proposals/" + broken + "/submission", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("Submitting proposal " + broken + " is refused",
                "rule " + rule + " would no longer be a valid DISPATCH rule", "add up to 1.2 (120%)");
        assertThat(api.as("hr-courier").get("/api/proposals/" + broken).json().get("status").asText())
                .isEqualTo("DRAFT");

        String fine = draft(rule, change(rule, "weight_distance", "40%", "30%"), change(rule, "weight_rating", "0", "10%"));
        assertThat(api.as("hr-courier").post("/api/proposals/" + fine + "/submission", null).status()).isEqualTo(204);
        await().until(() -> api.get("/api/proposals/" + fine).status() == 200);
        Api.Response badRevision = api.as("hr-courier").post("/api/proposals/" + fine + "/revisions", Map.of(
                "changes", List.of(change(rule, "max_concurrent_orders", "3", "2.5")), "reason", "Fewer orders"));
        assertThat(badRevision.status()).isEqualTo(400);
        assertThat(badRevision.json().get("detail").asText()).contains("Revision 2 of proposal " + fine
                + " is refused", "max_concurrent_orders '2.5' is not a whole number");
        assertThat(api.get("/api/proposals/" + fine).json().get("revision").asInt()).isEqualTo(1);

        String page = await().until(() -> api.get("/proposals/" + fine).body(), body -> body.contains("用大白话说"));
        assertThat(page).contains("现行（第 1 版）", "到取餐点的距离40%", "按本提案（第 1 版）修改后", "到取餐点的距离30%",
                "评分10%");
    }

    private String draft(String rule, Map<?, ?>... changes) {
        Api.Response drafted = api.as("hr-courier").post("/api/proposals", Map.of("title", "Dispatch weights",
                "category", "DISPATCH", "changes", List.of(changes), "rationale", "Fairer dispatch.",
                "expectedImpact", "Idle riders get orders sooner.", "effectiveDate", "2026-09-01"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.createdId();
        await().until(() -> api.as("hr-courier").get("/api/proposals/" + id).status() == 200);
        return id;
    }

    private static Map<String, Object> dispatch(String name, String distanceWeight) {
        return Map.of("name", name, "category", "DISPATCH", "kind", "DISPATCH", "parameters", List.of(
                parameter("max_concurrent_orders", "3", "orders"), parameter("acceptance_radius_km", "3", "km"),
                parameter("weight_distance", distanceWeight, ""), parameter("weight_idle_time", "30%", ""),
                parameter("weight_on_time_rate", "10%", ""), parameter("weight_fairness", "20%", "")));
    }

    private static Map<String, String> change(String rule, String parameter, String current, String proposed) {
        return Map.of("ruleId", rule, "parameter", parameter, "currentValue", current, "proposedValue", proposed,
                "unit", "");
    }

    private static Map<String, String> parameter(String name, String value, String unit) {
        return Map.of("name", name, "value", value, "unit", unit);
    }
}

package org.roundtable.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
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

@RoundtableTest
class ComplaintApiTest {

    static final PlatformId FOOD = PlatformId.of("cp-food");
    static final PlatformId RIDE = PlatformId.of("cp-ride");
    static final String TEXT = "Fined 20 CNY for a late delivery while the storm warning was in force.";
    /** Rules of Food Co that the complaints name (a complaint must name a rule of its platform). */
    static String latePenalty;
    static String dispatch;

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        if (store.findByUsername("cp-convener").isEmpty()) {
            TestPeople people = new TestPeople(store);
            people.open("cp-convener", null, Role.CONVENER);
            people.open("cp-auditor", null, Role.AUDITOR);
            people.open("cp-worker", FOOD, Role.WORKER);
            people.open("cp-colleague", FOOD, Role.WORKER);
            people.open("cp-driver", RIDE, Role.WORKER);
            people.open("cp-hr", FOOD, Role.PLATFORM_HR);
            people.open("cp-hr-ride", RIDE, Role.PLATFORM_HR);
            assertThat(api.as("cp-convener").post("/api/platforms", Map.of("id", FOOD.value(), "name", "Food Co"))
                    .status()).isEqualTo(201);
            assertThat(api.as("cp-convener").post("/api/platforms", Map.of("id", RIDE.value(), "name", "Ride Co"))
                    .status()).isEqualTo(201);
            await().until(() -> api.get("/api/platforms/" + FOOD).status() == 200
                    && api.get("/api/platforms/" + RIDE).status() == 200);
            latePenalty = rule("Late delivery penalty", "REWARDS_AND_PENALTIES", "late_penalty", "20");
            dispatch = rule("Order dispatch", "DISPATCH", "max_concurrent_orders", "3");
        }
    }

    private String rule(String name, String category, String parameter, String value) {
        Api.Response registered = api.as("cp-hr").post("/api/rules", Map.of("name", name, "category", category,
                "summary", name + ".", "parameters", java.util.List.of(Map.of("name", parameter, "value", value,
                        "unit", "n"))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.createdId();
        await().until(() -> api.get("/api/rules/" + id).status() == 200);
        return id;
    }

    @Test
    void aComplaintGoesThroughAnswerHumanReviewDisputeAndTheUnion() {
        Api.Response filed = api.as("cp-worker").post("/api/complaints", Map.of("platformId", FOOD.value(),
                "ruleId", latePenalty, "decisionKind", "PENALTY", "decisionDate", "2020-06-28",
                "decisionMaking", "ALGORITHM_ALONE", "text", TEXT));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String path = filed.location();
        assertThat(path).startsWith("/api/complaints/cmp-");

        JsonNode complaint = awaitComplaint(path, "AWAITING_ANSWER");
        assertThat(complaint.get("text").asText()).isEqualTo(TEXT);
        assertThat(complaint.get("workerId").asText()).isEqualTo("cp-worker");
        assertThat(api.as("cp-colleague").get(path).status()).isEqualTo(403);
        assertThat(api.as("cp-hr-ride").get(path).status()).isEqualTo(403);
        assertThat(api.as("cp-hr").get(path).status()).isEqualTo(200);
        assertThat(api.as("cp-auditor").get(path).status()).isEqualTo(200);

        Map<String, String> answer = Map.of("outcome", "NOT_UPHELD", "decisionMaking", "ALGORITHM_ALONE",
                "explanation", "Lateness is counted from the estimate; the storm flag was not set for the area.");
        assertThat(api.as("cp-hr-ride").post(path + "/answer", answer).status()).isEqualTo(403);
        assertThat(api.as("cp-hr").post(path + "/answer", answer).status()).isEqualTo(204);
        Api.Response again = api.as("cp-hr").post(path + "/answer", answer);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asText()).contains("already answered");

        assertThat(api.as("cp-colleague").post(path + "/human-review-request", null).status()).isEqualTo(403);
        assertThat(api.as("cp-worker").post(path + "/human-review-request", null).status()).isEqualTo(204);
        awaitComplaint(path, "HUMAN_REVIEW_REQUESTED");
        assertThat(api.as("cp-hr").post(path + "/human-review", Map.of("result", "NOT_UPHELD",
                "explanation", "A supervisor checked the weather record: no warning for that district.")).status())
                .isEqualTo(204);
        awaitComplaint(path, "HUMAN_REVIEWED");

        assertThat(api.as("cp-convener").post(path + "/union-follow-up", Map.of("note", "Too early.")).status())
                .as("no follow-up before escalation").isEqualTo(409);
        assertThat(api.as("cp-worker").post(path + "/dispute",
                Map.of("reason", "The city issued a storm warning that day.")).status()).isEqualTo(204);
        awaitComplaint(path, "WITH_THE_UNION");
        assertThat(api.as("cp-hr").post(path + "/union-follow-up", Map.of("note", "Not mine.")).status())
                .isEqualTo(403);
        assertThat(api.as("cp-convener").post(path + "/union-follow-up",
                Map.of("note", "Asked the platform for the district weather data.")).status()).isEqualTo(204);

        JsonNode done = await().until(() -> api.as("cp-convener").get(path).json(),
                json -> json.get("unionFollowUps").size() == 1);
        assertThat(done.get("outcome").asText()).isEqualTo("NOT_UPHELD");
        assertThat(done.get("answer").get("late").asBoolean()).isFalse();
        assertThat(done.get("humanReview").get("reviewedBy").asText()).isEqualTo("cp-hr");
        assertThat(done.get("escalation").get("reason").asText()).isEqualTo("DISPUTED");

        Api.Response statistics = api.get("/api/complaint-statistics/" + latePenalty);
        assertThat(statistics.status()).isEqualTo(200);
        assertThat(statistics.json().get("complaints").asLong()).isEqualTo(1);
        assertThat(statistics.json().get("answered").asLong()).isEqualTo(1);
        assertThat(statistics.json().get("shareUpheld").asDouble()).isZero();
        assertThat(statistics.json().get("escalated").asLong()).isEqualTo(1);
        assertThat(statistics.json().get("earlyReviewRecommended").asBoolean()).isFalse();
        assertThat(statistics.body()).doesNotContain("storm").doesNotContain("cp-worker");
        assertThat(api.get("/api/complaint-statistics").json().findValuesAsText("ruleId"))
                .as("other tests in the shared application add rules of their own").contains(latePenalty);

        Api.Response list = api.as("cp-hr").get("/api/complaints?platform=" + FOOD);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("status").asText()).isEqualTo("WITH_THE_UNION");
        assertThat(list.body()).doesNotContain("storm").doesNotContain("cp-worker");
        assertThat(api.as("cp-colleague").get("/api/complaints?platform=" + FOOD).status()).isEqualTo(403);
        assertThat(api.as("cp-worker").get("/api/complaints/mine").json().size()).isEqualTo(1);
        assertThat(api.as("cp-colleague").get("/api/complaints/mine").json().size()).isZero();
    }

    @Test
    void onlyAWorkerOfThePlatformFilesAComplaintAboutIt() {
        Map<String, String> body = Map.of("platformId", FOOD.value(), "ruleId", "rule-x", "decisionKind", "RATING",
                "decisionDate", "2020-01-01", "text", "My rating dropped after one cancelled order.");
        assertThat(api.as("cp-driver").post("/api/complaints", body).status()).isEqualTo(403);
        assertThat(api.as("cp-hr").post("/api/complaints", body).status()).isEqualTo(403);
        assertThat(api.post("/api/complaints", body).status()).isEqualTo(401);
        Api.Response noText = api.as("cp-worker").post("/api/complaints", Map.of("platformId", FOOD.value(),
                "ruleId", "rule-x", "decisionKind", "RATING", "decisionDate", "2020-01-01"));
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get("detail").asText()).contains("text");
        Api.Response unknownRule = api.as("cp-worker").post("/api/complaints", body);
        assertThat(unknownRule.status()).isEqualTo(404);
        assertThat(unknownRule.json().get("detail").asText()).contains("rule-x");
        Api.Response otherPlatformsRule = api.as("cp-driver").post("/api/complaints", Map.of("platformId",
                RIDE.value(), "ruleId", latePenalty, "decisionKind", "PENALTY", "decisionDate", "2020-01-01",
                "text", "Fined although I work for the other platform."));
        assertThat(otherPlatformsRule.status()).isEqualTo(400);
        assertThat(otherPlatformsRule.json().get("detail").asText()).contains(FOOD.value());
        assertThat(api.as("cp-driver").get("/api/complaints/mine").json().size()).isZero();
    }

    @Test
    void theWorkerWithdrawsAComplaintAndNothingMoreHappensToIt() {
        Api.Response filed = api.as("cp-worker").post("/api/complaints", Map.of("platformId", FOOD.value(),
                "ruleId", dispatch, "decisionKind", "ORDER_DISPATCH", "decisionDate", "2020-03-01",
                "text", "No orders for two hours after I declined one."));
        String path = filed.location();
        assertThat(api.as("cp-colleague").post(path + "/withdrawal", Map.of()).status()).isEqualTo(403);
        assertThat(api.as("cp-worker").post(path + "/withdrawal", Map.of("reason", "Solved.")).status())
                .isEqualTo(204);
        awaitComplaint(path, "WITHDRAWN");
        assertThat(api.as("cp-hr").post(path + "/answer", Map.of("outcome", "UPHELD",
                "decisionMaking", "HUMAN_INVOLVED", "explanation", "Sorry.")).status()).isEqualTo(409);
        assertThat(api.as("cp-worker").get("/api/complaints/cmp-unknown").status()).isEqualTo(404);
    }

    private JsonNode awaitComplaint(String path, String status) {
        return await().until(() -> api.as("cp-worker").get(path),
                response -> response.status() == 200 && status.equals(response.json().get("status").asText()))
                .json();
    }
}

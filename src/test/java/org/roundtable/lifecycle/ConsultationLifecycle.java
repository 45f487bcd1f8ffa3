package org.roundtable.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.Api;
import org.roundtable.support.Api.Response;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One whole consultation over HTTP, as the people involved would do it: the convener registers the
 * platform and its roster, HR records a rule and proposes a change, workers comment, a
 * representative's amendment is accepted, the electorate votes (one vote changed, one refused),
 * voting closes early once everyone has voted, both chiefs sign, the outcome is published and the rule registry
 * gets the new version. Subclasses run it on each store.
 */
abstract class ConsultationLifecycle {

    static final PlatformId PLATFORM = PlatformId.of("lifecycle");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;

    @Test
    void aProposalIsConsultedVotedAdoptedPublishedAndBecomesTheRule() {
        Api api = Api.at(port);
        openAccounts();

        // The convener registers the platform and its roster.
        expect(api.as("convener").post("/api/platforms", Map.of("id", PLATFORM.value(), "name", "Lifecycle Co")), 201);
        awaitJson(api, "/api/platforms/" + PLATFORM.value(), platform -> true);
        for (String rep : List.of("rep1", "rep2", "rep3")) {
            expect(api.as("convener").post("/api/platforms/lifecycle/roster",
                    Map.of("personId", rep, "side", "WORKERS", "chief", rep.equals("rep1"))), 201);
        }
        expect(api.as("convener").post("/api/platforms/lifecycle/roster",
                Map.of("personId", "hr", "side", "PLATFORM", "chief", true)), 201);

        // HR records the pay rule and proposes a higher storm surcharge.
        String ruleId = expect(api.as("hr").post("/api/rules", Map.of("name", "Delivery pay",
                "category", "PRICING_AND_PAY", "summary", "Base fare plus a storm surcharge.",
                "parameters", List.of(Map.of("name", "base_fare", "value", "4.0", "unit", "CNY"),
                        Map.of("name", "storm_surcharge", "value", "1.0", "unit", "CNY")))), 201).createdId();
        String proposalId = expect(api.as("hr").post("/api/proposals", Map.of(
                "title", "Storm pay", "category", "PRICING_AND_PAY",
                "changes", List.of(change(ruleId, "storm_surcharge", "1.0", "2.0")),
                "rationale", "Storms are dangerous.", "expectedImpact", "2 CNY more per storm order.",
                "effectiveDate", LocalDate.now().plusDays(30).toString())), 201).createdId();
        expect(api.as("hr").post("/api/proposals/" + proposalId + "/submission", null), 204);
        awaitJson(api, "/api/proposals/" + proposalId, p -> p.get("status").asText().equals("SUBMITTED"));

        // The convener opens the round: the roster's three worker representatives are the electorate.
        Instant commentStarts = Instant.now().plusSeconds(1);
        Response opened = expect(api.as("convener").post("/api/rounds", Map.of("platformId", PLATFORM.value(),
                "proposalId", proposalId, "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", commentStarts.toString(),
                "commentEndsAt", commentStarts.plusSeconds(6).toString())), 201);
        String round = "/api/rounds/" + opened.createdId();
        JsonNode announced = awaitJson(api, round, r -> r.get("electorateSize").asLong() == 3);
        assertThat(announced.get("electorateDigest").asText()).hasSize(64);

        // Comment period, started by its deadline: a worker's opinion, answered by HR.
        awaitJson(api, round, r -> r.get("phase").asText().equals("COMMENTING"));
        String opinion = expect(api.as("worker1").post(round + "/opinions",
                Map.of("text", "2 CNY is still too little in a typhoon.", "parameter", "storm_surcharge")), 201)
                .createdId();
        expect(api.as("hr").post(round + "/opinions/" + opinion + "/answer",
                Map.of("answer", "PARTLY_ADOPTED", "reason", "We will accept an amendment to 2.5 CNY.")), 204);

        // Negotiation: rep2's amendment is accepted and becomes revision 2.
        awaitJson(api, round, r -> r.get("phase").asText().equals("NEGOTIATING"));
        String amendment = expect(api.as("rep2").post(round + "/amendments", Map.of(
                "changes", List.of(change(ruleId, "storm_surcharge", "1.0", "2.5")),
                "reasons", "As the opinion asked.")), 201).createdId();
        expect(api.as("hr").post(round + "/amendments/" + amendment + "/acceptance",
                Map.of("reason", "Agreed at the meeting.")), 204);
        awaitJson(api, "/api/proposals/" + proposalId, p -> p.get("revision").asInt() == 2);

        // Voting: everyone votes, rep3 changes their mind, an outsider is refused.
        expect(api.as("convener").post(round + "/voting",
                Map.of("closesAt", Instant.now().plusSeconds(120).toString())), 204);
        awaitJson(api, round, r -> r.get("phase").asText().equals("VOTING"));
        String rep1Receipt = expect(api.as("rep1").post(round + "/votes", Map.of("choice", "FOR")), 201)
                .json().get("receipt").asText();
        expect(api.as("rep2").post(round + "/votes", Map.of("choice", "FOR")), 201);
        expect(api.as("rep3").post(round + "/votes", Map.of("choice", "AGAINST")), 201);
        expect(api.as("rep3").post(round + "/votes", Map.of("choice", "ABSTAIN")), 201);
        Response outsider = expect(api.as("worker1").post(round + "/votes", Map.of("choice", "AGAINST")), 403);
        assertThat(outsider.contentType()).startsWith("application/problem+json");
        assertThat(api.get(round + "/participation").json().get("ballots").asLong()).isEqualTo(3);

        // Everyone has voted, so the convener may close before the deadline; the outcome carries its arithmetic.
        expect(api.as("convener").post(round + "/voting/closure", null), 204);
        JsonNode closed = awaitJson(api, round, r -> r.get("phase").asText().equals("CLOSED"));
        JsonNode outcome = closed.get("outcome");
        assertThat(outcome.get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(outcome.get("electorate").asLong()).isEqualTo(3);
        assertThat(outcome.get("forVotes").asLong()).isEqualTo(2);
        assertThat(outcome.get("against").asLong()).isZero();
        assertThat(outcome.get("abstain").asLong()).isEqualTo(1);
        assertThat(outcome.get("ballotsNeeded").asLong()).isEqualTo(2);
        assertThat(outcome.get("forNeeded").asLong()).isEqualTo(2);
        expect(api.as("rep1").post(round + "/votes", Map.of("choice", "AGAINST")), 409);

        // Every counted receipt is published with its choice and recounts to the tally.
        JsonNode receipts = awaitJson(api, round + "/receipts", r -> r.isArray() && r.size() == 3);
        List<String> published = new ArrayList<>();
        receipts.forEach(r -> published.add(r.get("receipt").asText() + ":" + r.get("choice").asText()));
        assertThat(published).contains(rep1Receipt + ":FOR");
        assertThat(published.stream().filter(r -> r.endsWith(":FOR")).count()).isEqualTo(2);

        // Both chiefs sign, the convener publishes, and the registry holds version 2 of the rule.
        expect(api.as("convener").post(round + "/publication", null), 409);
        expect(api.as("rep1").post(round + "/signatures", null), 204);
        expect(api.as("hr").post(round + "/signatures", null), 204);
        expect(api.as("convener").post(round + "/publication", null), 204);
        awaitJson(api, round, r -> r.get("phase").asText().equals("PUBLISHED"));
        JsonNode rule = awaitJson(api, "/api/rules/" + ruleId, r -> r.get("version").asInt() == 2);
        List<String> parameters = new ArrayList<>();
        rule.get("parameters").forEach(p -> parameters.add(p.get("name").asText() + "=" + p.get("value").asText()));
        assertThat(parameters).contains("storm_surcharge=2.5", "base_fare=4.0");
        assertThat(rule.get("versions").get(1).get("roundId").asText()).isEqualTo(opened.createdId());

        JsonNode timeline = api.get(round + "/timeline").json();
        assertThat(timeline.size()).isGreaterThanOrEqualTo(12);
    }

    private void openAccounts() {
        TestPeople people = new TestPeople(store);
        people.open("convener", null, Role.CONVENER);
        people.open("hr", PLATFORM, Role.PLATFORM_HR);
        for (String rep : List.of("rep1", "rep2", "rep3")) {
            people.open(rep, PLATFORM, Role.REPRESENTATIVE, Role.WORKER);
        }
        people.open("worker1", PLATFORM, Role.WORKER);
    }

    private static Map<String, String> change(String ruleId, String parameter, String current, String proposed) {
        return Map.of("ruleId", ruleId, "parameter", parameter, "currentValue", current,
                "proposedValue", proposed, "unit", "CNY");
    }

    private static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    private static JsonNode awaitJson(Api api, String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Response response = api.get(path);
                    return response.status() == 200 ? response.json() : null;
                }, json -> json != null && condition.test(json));
    }
}

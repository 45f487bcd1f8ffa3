package org.roundtable.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.roundtable.support.Api;
import org.roundtable.support.Api.Response;

/**
 * An all-worker consultation brought to its vote over one node's API, as the convener and
 * platform HR would do it: platform, rule, proposal, round, an early comment period, voting.
 */
final class VotingRound {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private VotingRound() {
    }

    /** Opens voting for an all-worker round of the platform; answers the round id. */
    static String openVoting(Api api, String platform, long electorate) {
        Api convener = api.as("convener");
        Api hr = api.as("hr");
        expect(convener.post("/api/platforms", Map.of("id", platform, "name", "Two-node Delivery")), 201);
        awaitJson(api, "/api/platforms/" + platform, view -> true);

        String ruleId = expect(hr.post("/api/rules", Map.of("name", "Dispatch radius",
                "category", "DISPATCH", "summary", "Orders are offered within a radius.",
                "parameters", List.of(Map.of("name", "radius", "value", "3.0", "unit", "km")))), 201).createdId();
        awaitJson(api, "/api/rules/" + ruleId, rule -> true);
        String proposalId = expect(hr.post("/api/proposals", Map.of("title", "A smaller radius",
                "category", "DISPATCH",
                "changes", List.of(Map.of("ruleId", ruleId, "parameter", "radius", "currentValue", "3.0",
                        "proposedValue", "2.5", "unit", "km")),
                "rationale", "Shorter trips to the restaurant.", "expectedImpact", "Less unpaid riding.",
                "effectiveDate", LocalDate.now().plusDays(30).toString())), 201).createdId();
        awaitJson(hr, "/api/proposals/" + proposalId, draft -> true);
        expect(hr.post("/api/proposals/" + proposalId + "/submission", null), 204);
        awaitJson(api, "/api/proposals/" + proposalId, p -> "SUBMITTED".equals(p.get("status").asText()));

        Instant commentStarts = Instant.now().plusSeconds(2);
        String roundId = expect(convener.post("/api/rounds", Map.of("platformId", platform,
                "proposalId", proposalId, "electorateKind", "ALL_WORKERS",
                "commentStartsAt", commentStarts.toString(),
                "commentEndsAt", commentStarts.plusSeconds(2).toString())), 201).createdId();
        String round = "/api/rounds/" + roundId;
        awaitJson(api, round, r -> r.get("electorateSize").asLong() == electorate);
        // The convener starts the comment period early; its start deadline may have fired already.
        assertThat(convener.post(round + "/comment-period", null).status()).isIn(204, 409);
        awaitJson(api, round, r -> "NEGOTIATING".equals(r.get("phase").asText()));

        expect(convener.post(round + "/voting",
                Map.of("closesAt", Instant.now().plus(Duration.ofMinutes(20)).toString())), 204);
        awaitJson(api, round, r -> "VOTING".equals(r.get("phase").asText()));
        awaitJson(api, round + "/participation", p -> p.get("ballots").asLong() == 0);
        return roundId;
    }

    static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    static JsonNode awaitJson(Api api, String path, Predicate<JsonNode> condition) {
        return await(path).atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Response response = api.get(path);
                    return response.status() == 200 ? response.json() : null;
                }, json -> json != null && condition.test(json));
    }
}

package org.roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The steps of a consultation over HTTP, as the people involved take them; each checks its answer. */
final class Consultations {

    private final Http http;

    Consultations(Http http) {
        this.http = http;
    }

    Http as(String username) {
        return http.basic(username, TrustContext.PASSWORD);
    }

    void registerPlatform(String convener, String platform) {
        expect(as(convener).post("/api/platforms", Map.of("id", platform, "name", "Platform " + platform)), 201);
        awaitJson("/api/platforms/" + platform, view -> true);
    }

    void appoint(String convener, String platform, String person, String side, boolean chief) {
        expect(as(convener).post("/api/platforms/" + platform + "/roster",
                Map.of("personId", person, "side", side, "chief", chief)), 201);
    }

    String rule(String hr) {
        return expect(as(hr).post("/api/rules", Map.of("name", "Delivery pay", "category", "PRICING_AND_PAY",
                "summary", "Base fare plus a storm surcharge.",
                "parameters", List.of(Map.of("name", "storm_surcharge", "value", "1.0", "unit", "CNY")))), 201)
                .createdId();
    }

    static Map<String, Object> draft(String ruleId, String title) {
        return Map.of("title", title, "category", "PRICING_AND_PAY",
                "changes", List.of(change(ruleId, "2.0")),
                "rationale", "Storms are dangerous.", "expectedImpact", "More pay per storm order.",
                "effectiveDate", LocalDate.now().plusDays(30).toString());
    }

    static Map<String, String> change(String ruleId, String proposed) {
        return Map.of("ruleId", ruleId, "parameter", "storm_surcharge", "currentValue", "1.0",
                "proposedValue", proposed, "unit", "CNY");
    }

    String draftProposal(String hr, String ruleId, String title) {
        String id = expect(as(hr).post("/api/proposals", draft(ruleId, title)), 201).createdId();
        awaitJson(as(hr), "/api/proposals/" + id, p -> true);
        return id;
    }

    String submittedProposal(String hr, String ruleId, String title) {
        String id = draftProposal(hr, ruleId, title);
        expect(as(hr).post("/api/proposals/" + id + "/submission", null), 204);
        return id;
    }

    void awaitSubmitted(String hr, String proposalId) {
        awaitJson(as(hr), "/api/proposals/" + proposalId, p -> !p.get("status").asText().equals("DRAFT"));
    }

    static Map<String, Object> newRound(String platform, String proposalId, Instant starts, Instant ends) {
        return Map.of("platformId", platform, "proposalId", proposalId, "electorateKind", "REPRESENTATIVES",
                "commentStartsAt", starts.toString(), "commentEndsAt", ends.toString());
    }

    String openRound(String convener, String platform, String proposalId, Instant starts, Instant ends) {
        return expect(as(convener).post("/api/rounds", newRound(platform, proposalId, starts, ends)), 201)
                .createdId();
    }

    /** A round whose comment period runs from a second from now for the given time. */
    String openRound(String convener, String platform, String proposalId, Duration commenting) {
        Instant starts = Instant.now().plusSeconds(1);
        return openRound(convener, platform, proposalId, starts, starts.plus(commenting));
    }

    JsonNode awaitPhase(String roundId, String phase) {
        return awaitJson("/api/rounds/" + roundId, round -> round.get("phase").asText().equals(phase));
    }

    void openVoting(String convener, String roundId) {
        expect(as(convener).post("/api/rounds/" + roundId + "/voting",
                Map.of("closesAt", Instant.now().plus(Duration.ofHours(1)).toString())), 204);
    }

    String vote(String voter, String roundId, String choice) {
        return expect(as(voter).post("/api/rounds/" + roundId + "/votes", Map.of("choice", choice)), 201)
                .json().get("receipt").asText();
    }

    void closeVoting(String convener, String roundId) {
        expect(as(convener).post("/api/rounds/" + roundId + "/voting/closure", null), 204);
    }

    JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
        return awaitJson(http, path, condition);
    }

    static JsonNode awaitJson(Http client, String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Http.Reply reply = client.get(path);
                    return reply.status() == 200 ? reply.json() : null;
                }, json -> json != null && condition.test(json));
    }

    static Http.Reply expect(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }
}

package org.roundtable.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.store.PersonStore;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A round with every feature it talks to, nothing stubbed: a real proposal is placed under
 * consultation, revised by an accepted amendment and locked for the vote (which the round records
 * as the voted text); the representatives vote through the real ballot box; a withdrawn proposal
 * cancels its round.
 */
@RoundtableTest
class ConsultationEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;

    @Test
    void anAmendedProposalIsVotedOnAdoptedSignedAndPublished() {
        RoundScenario s = new RoundScenario(Api.at(port), store, "e2e-adopt").withRoster();
        String proposal = submittedProposal(s);
        String round = openRound(s, proposal);
        s.awaitPhase(round, "NEGOTIATING");

        Api.Response amendment = s.rep.post("/api/rounds/" + round + "/amendments", Map.of("changes",
                List.of(Map.of("ruleId", "rule-e2e-eta", "parameter", "rain buffer", "currentValue", "5",
                        "proposedValue", "10", "unit", "minutes")), "reasons", "five more in the rain"));
        assertThat(amendment.status()).as(amendment.toString()).isEqualTo(201);
        assertThat(s.hr.post("/api/rounds/" + round + "/amendments/" + amendment.createdId() + "/acceptance", null)
                .status()).isEqualTo(204);
        await().atMost(RoundScenario.PATIENCE).until(() -> s.hr.get("/api/proposals/" + proposal).json()
                .get("revision").asInt() == 2);

        Instant closesAt = Instant.now().plusSeconds(600);
        Api.Response voting = s.convener.post("/api/rounds/" + round + "/voting",
                Map.of("closesAt", closesAt.toString()));
        assertThat(voting.status()).as(voting.toString()).isEqualTo(204);
        JsonNode votedText = s.awaitRound(round, view -> !view.get("votedText").isNull()).get("votedText");
        assertThat(votedText.get("revision").asInt()).isEqualTo(2);
        assertThat(votedText.get("changes").toString()).contains("\"proposedValue\":\"10\"");

        assertThat(s.rep.post("/api/rounds/" + round + "/votes", Map.of("choice", "FOR")).status()).isEqualTo(201);
        assertThat(s.api.get("/api/rounds/" + round).json().get("participation").asLong()).isEqualTo(1);
        assertThat(s.convener.post("/api/rounds/" + round + "/voting/closure", null).json().get("detail").asText())
                .contains("1 of the 2 voters have not voted yet");
        assertThat(s.repChief.post("/api/rounds/" + round + "/votes", Map.of("choice", "FOR")).status())
                .isEqualTo(201);
        assertThat(s.convener.post("/api/rounds/" + round + "/voting/closure", null).status()).isEqualTo(204);

        JsonNode closed = s.awaitPhase(round, "CLOSED");
        assertThat(closed.get("outcome").get("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(closed.get("outcome").get("forVotes").asLong()).isEqualTo(2);
        assertThat(closed.get("participation").isNull()).isTrue();
        assertThat(s.repChief.post("/api/rounds/" + round + "/signatures", null).status()).isEqualTo(204);
        assertThat(s.hrChief.post("/api/rounds/" + round + "/signatures", null).status()).isEqualTo(204);
        assertThat(s.convener.post("/api/rounds/" + round + "/publication", null).status()).isEqualTo(204);
        assertThat(s.awaitPhase(round, "PUBLISHED").get("votedText").get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void withdrawingTheProposalCancelsItsRound() {
        RoundScenario s = new RoundScenario(Api.at(port), store, "e2e-withdraw").withRoster();
        String proposal = submittedProposal(s);
        String round = openRound(s, proposal);
        await().atMost(RoundScenario.PATIENCE).until(() -> "UNDER_CONSULTATION".equals(
                s.hr.get("/api/proposals/" + proposal).json().get("status").asText()));

        assertThat(s.hr.post("/api/proposals/" + proposal + "/withdrawal", Map.of("reason", "replaced by a new draft"))
                .status()).isEqualTo(204);

        JsonNode cancelled = s.awaitPhase(round, "CANCELLED");
        assertThat(cancelled.get("cancellation").get("reason").asText())
                .isEqualTo("proposal withdrawn: replaced by a new draft");
    }

    private static String submittedProposal(RoundScenario s) {
        Api.Response drafted = s.hr.post("/api/proposals", Map.of("title", "Rain buffer for delivery estimates",
                "category", "TIME_ESTIMATE", "changes", List.of(Map.of("ruleId", "rule-e2e-eta",
                        "parameter", "rain buffer", "currentValue", "5", "proposedValue", "8", "unit", "minutes")),
                "rationale", "riders rush in the rain", "expectedImpact", "fewer late penalties in rain",
                "effectiveDate", "2026-06-01"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String proposal = drafted.createdId();
        await().atMost(RoundScenario.PATIENCE).until(() -> s.hr.get("/api/proposals/" + proposal).status() == 200);
        assertThat(s.hr.post("/api/proposals/" + proposal + "/submission", null).status()).isEqualTo(204);
        await().atMost(RoundScenario.PATIENCE).until(() -> "SUBMITTED".equals(
                s.hr.get("/api/proposals/" + proposal).json().get("status").asText()));
        return proposal;
    }

    private static String openRound(RoundScenario s, String proposal) {
        Instant startsAt = Instant.now().plusSeconds(1);
        Api.Response opened = s.convener.post("/api/rounds", Map.of("platformId", s.platform,
                "proposalId", proposal, "electorateKind", "REPRESENTATIVES", "commentStartsAt", startsAt.toString(),
                "commentEndsAt", startsAt.plusSeconds(3).toString()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.createdId();
    }
}

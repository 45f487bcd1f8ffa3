package org.roundtable.round.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.store.PersonStore;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.vote.BallotBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * An amendment platform HR accepts but whose values would break the pricing rule's model is not
 * lost silently: the proposal keeps its text, and the round shows the amendment as accepted but
 * not applied, with the proposal's reason.
 */
@RoundtableTest
class AmendmentNotAppliedApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @MockitoBean
    BallotBox ballotBox;

    @Test
    void anAcceptedAmendmentThatBreaksThePricingRuleIsShownAsNotAppliedAndTheProposalKeepsItsText()
            throws Exception {
        RoundScenario s = new RoundScenario(Api.at(port), store, "rt-unapplied").withRoster();
        String rule = pricingRule(s);
        String proposal = proposalToLowerTheCommission(s, rule);
        Instant startsAt = Instant.now().plusSeconds(1);
        String round = s.convener.post("/api/rounds", Map.of("platformId", s.platform, "proposalId", proposal,
                "electorateKind", "REPRESENTATIVES", "commentStartsAt", startsAt.toString(),
                "commentEndsAt", startsAt.plusSeconds(2).toString())).createdId();
        s.awaitPhase(round, "NEGOTIATING");

        Api.Response amendment = s.rep.post("/api/rounds/" + round + "/amendments", Map.of("changes",
                List.of(commission(rule, "1.5")), "reasons", "the commission should be written as a share"));
        assertThat(amendment.status()).as(amendment.toString()).isEqualTo(201);
        String path = "/api/rounds/" + round + "/amendments/" + amendment.createdId();
        assertThat(s.hr.post(path + "/acceptance", Map.of("reason", "agreed")).status()).isEqualTo(204);

        JsonNode notApplied = await().atMost(RoundScenario.PATIENCE).until(() -> s.api.get(path).json(),
                view -> !view.path("notAppliedAt").isNull());
        assertThat(notApplied.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(notApplied.get("notAppliedReason").asText()).contains("commission_rate");
        JsonNode unchanged = s.api.get("/api/proposals/" + proposal).json();
        assertThat(unchanged.get("revision").asInt()).isEqualTo(1);
        assertThat(unchanged.get("changes").get(0).get("proposedValue").asText()).isEqualTo("18%");
        assertThat(RoundApiTest.types(s.api.get("/api/rounds/" + round + "/timeline").json()))
                .containsSubsequence("AmendmentTabled", "AmendmentAccepted", "AmendmentNotApplied");

        String reason = notApplied.get("notAppliedReason").asText();
        assertThat(page(round, "en")).contains("Not applied", "Accepted but could not be applied: ",
                "A representative may table a corrected amendment",
                "An accepted amendment could not be applied to the proposal").contains(escaped(reason));
        assertThat(page(round, "zh-CN")).contains("未能应用", "已接受，但未能应用到提案：", "代表可以提出更正后的修正案",
                "一项已接受的修正案未能应用到提案");
    }

    private String page(String round, String lang) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/rounds/" + round + "?lang=" + lang))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String pricingRule(RoundScenario s) {
        Api.Response registered = s.hr.post("/api/rules", Map.of("name", "Delivery pay", "category",
                "PRICING_AND_PAY", "kind", "PRICING", "parameters", List.of(parameter("base_fare", "3", "CNY"),
                        parameter("per_km", "1.20", "CNY/km"), parameter("per_minute", "0.10", "CNY/min"),
                        parameter("commission_rate", "20%", ""))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String rule = registered.createdId();
        await().atMost(RoundScenario.PATIENCE).until(() -> s.api.get("/api/rules/" + rule).status() == 200);
        return rule;
    }

    private static String proposalToLowerTheCommission(RoundScenario s, String rule) {
        Api.Response drafted = s.hr.post("/api/proposals", Map.of("title", "Lower commission",
                "category", "PRICING_AND_PAY", "changes", List.of(commission(rule, "18%")),
                "rationale", "Costs went up.", "expectedImpact", "Less commission.",
                "effectiveDate", LocalDate.now().plusMonths(1).toString()));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.createdId();
        await().atMost(RoundScenario.PATIENCE).until(() -> s.hr.get("/api/proposals/" + id).status() == 200);
        assertThat(s.hr.post("/api/proposals/" + id + "/submission", null).status()).isEqualTo(204);
        await().atMost(RoundScenario.PATIENCE).until(() -> "SUBMITTED".equals(
                s.api.get("/api/proposals/" + id).json().path("status").asText()));
        return id;
    }

    private static Map<String, String> commission(String rule, String proposed) {
        return Map.of("ruleId", rule, "parameter", "commission_rate", "currentValue", "20%",
                "proposedValue", proposed, "unit", "");
    }

    private static Map<String, String> parameter(String name, String value, String unit) {
        return Map.of("name", name, "value", value, "unit", unit);
    }
}

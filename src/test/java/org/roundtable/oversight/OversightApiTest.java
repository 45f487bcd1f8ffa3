package org.roundtable.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.RoundId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleId;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RoundtableTest
class OversightApiTest {

    static final PlatformId PLATFORM = PlatformId.of("ov-ride");
    static final RuleId RULE = RuleId.of("ov-pay");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    CommandGateway commands;

    @Test
    void anAdoptedVersionIsFiledAndReviewedAndARenegotiationRequestsARound() {
        Api api = Api.at(port);
        TestPeople people = new TestPeople(store);
        people.open("ov-hr", PLATFORM, Role.PLATFORM_HR);
        people.open("ov-rep", PLATFORM, Role.REPRESENTATIVE);
        people.open("ov-other-hr", PlatformId.of("ov-other"), Role.PLATFORM_HR);

        commands.sendAndWait(new RegisterRule(RULE, PLATFORM, "Pay per order", RuleCategory.PRICING_AND_PAY,
                "Base pay per order", List.of(new Parameter("base_pay", "6.0", "CNY")), PersonId.of("ov-hr")));
        await().ignoreExceptions().until(() -> api.get("/api/rules/" + RULE).status() == 200);
        commands.sendAndWait(new AdoptRuleVersion(RULE, RoundId.of("rnd-ov-1"),
                List.of(new ParameterChange(RULE, "base_pay", "6.0", "6.5", "CNY")), LocalDate.now()));

        // Filing: opened by the adoption, refused to HR of another platform, recorded by HR of the platform.
        Api.Response filings = await().ignoreExceptions().until(() -> api.get("/api/filings?rule=" + RULE),
                r -> r.status() == 200 && r.json().size() == 1);
        String filingId = filings.json().get(0).get("id").asText();
        assertThat(filingId).isEqualTo("ov-pay:v2");
        assertThat(filings.json().get(0).get("filed").asBoolean()).isFalse();
        assertThat(filings.json().get(0).get("overdue").asBoolean()).isFalse();

        Map<String, Object> filing = Map.of("filingNumber", "GD-2026-0042", "filedOn", LocalDate.now(OversightSettings.ZONE).toString());
        Api.Response refused = api.as("ov-other-hr").post("/api/filings/" + filingId + "/record", filing);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Api.Response blank = api.as("ov-hr").post("/api/filings/" + filingId + "/record",
                Map.of("filingNumber", "", "filedOn", LocalDate.now(OversightSettings.ZONE).toString()));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/filings/ov-none:v1").status()).isEqualTo(404);
        Api.Response recorded = api.as("ov-hr").post("/api/filings/" + filingId + "/record", filing);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(204);
        Api.Response filed = await().ignoreExceptions().until(() -> api.get("/api/filings/" + filingId),
                r -> r.status() == 200 && r.json().get("filed").asBoolean());
        assertThat(filed.json().get("filingNumber").asText()).isEqualTo("GD-2026-0042");
        assertThat(filed.json().get("late").asBoolean()).isFalse();
        assertThat(api.as("ov-hr").post("/api/filings/" + filingId + "/record", filing).status()).isEqualTo(409);

        // Review: HR submits the figures, the representative asks to renegotiate.
        String reviewId = await().ignoreExceptions().until(() -> api.get("/api/reviews?rule=" + RULE),
                r -> r.status() == 200 && r.json().size() == 1).json().get(0).get("id").asText();
        Api.Response early = api.as("ov-rep").post("/api/reviews/" + reviewId + "/evaluation",
                Map.of("decision", "KEEP"));
        assertThat(early.status()).isEqualTo(409);
        Map<String, Object> results = Map.of("period", "2026", "figures", Map.of(
                "on_time_rate", Map.of("value", "97.2", "unit", "%"),
                "pay_per_hour", Map.of("value", "23.10", "unit", "CNY/h"),
                "penalties_issued", Map.of("value", "312", "unit", "penalties")));
        assertThat(api.as("ov-rep").post("/api/reviews/" + reviewId + "/results", results).status()).isEqualTo(403);
        Api.Response submitted = api.as("ov-hr").post("/api/reviews/" + reviewId + "/results", results);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);

        Api.Response evaluated = api.as("ov-rep").post("/api/reviews/" + reviewId + "/evaluation",
                Map.of("decision", "RENEGOTIATE", "reasons", "Pay per hour is below the city floor of 24 CNY/h."));
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(202);
        String round = evaluated.location();
        assertThat(round).startsWith("/api/rounds/");

        Api.Response reviews = await().ignoreExceptions().until(() -> api.get("/api/reviews?rule=" + RULE),
                r -> r.status() == 200 && r.json().size() == 2 && r.json().get(0).hasNonNull("decision"));
        assertThat(reviews.json().get(0).get("period").asText()).isEqualTo("2026");
        assertThat(reviews.json().get(0).get("figures").get("pay_per_hour").get("value").asText()).isEqualTo("23.10");
        assertThat(reviews.json().get(0).get("decision").asText()).isEqualTo("RENEGOTIATE");
        assertThat(reviews.json().get(1).get("cycle").asInt()).isEqualTo(2);

        Api.Response requested = await().ignoreExceptions().until(() -> api.get(round), r -> r.status() == 200);
        assertThat(requested.json().get("phase").asText()).isEqualTo("REQUESTED");
    }
}

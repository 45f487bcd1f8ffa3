package org.roundtable.rule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.rule.RuleId;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public rule registry: HR registers rules, adopted outcomes make new versions, anyone reads them. */
@RoundtableTest
class RuleApiTest {

    private static final PlatformId GROCERY = PlatformId.of("ru-grocery");

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    EventGateway events;
    Api api;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        if (store.findByUsername("hr-grocery").isEmpty()) {
            TestPeople people = new TestPeople(store);
            people.open("hr-grocery", GROCERY, Role.PLATFORM_HR);
            people.open("worker-grocery", GROCERY, Role.WORKER);
        }
    }

    @Test
    void hrRegistersARuleThatAnyoneReadsAndAnAdoptedOutcomeMakesItsNextVersion() {
        Api.Response created = api.as("hr-grocery").post("/api/rules", registration("Picking time",
                List.of(parameter("seconds per item", "20", "s"), parameter("max items", "40", ""))));
        assertThat(created.status()).isEqualTo(201);
        String id = created.createdId();
        assertThat(created.location()).isEqualTo("/api/rules/" + id);

        JsonNode registered = await().until(() -> api.get("/api/rules/" + id), r -> r.status() == 200).json();
        assertThat(registered.get("platformId").asText()).isEqualTo("ru-grocery");
        assertThat(registered.get("version").asInt()).isEqualTo(1);
        assertThat(registered.get("parameters")).hasSize(2);
        assertThat(api.get("/api/rules?platform=ru-grocery").json().findValuesAsText("id")).contains(id);
        assertThat(api.get("/api/rules?platform=ru-elsewhere").json().findValuesAsText("id")).doesNotContain(id);

        RoundId round = RoundId.random();
        RuleId rule = RuleId.of(id);
        events.publish(new OutcomePublished(round, GROCERY, ProposalId.of("ru-prop"), Outcome.ADOPTED,
                new Tally(9, 7, 1, 0), 3, List.of(new ParameterChange(rule, "seconds per item", "20", "25", "s"),
                new ParameterChange(RuleId.of("ru-other-rule"), "x", "1", "2", "")),
                LocalDate.of(2026, 5, 1), PersonId.of("ru-convener"), Instant.parse("2026-04-01T10:00:00Z")));

        JsonNode adopted = await().until(() -> api.get("/api/rules/" + id),
                r -> r.status() == 200 && r.json().get("version").asInt() == 2).json();
        assertThat(adopted.get("parameters").get(0).get("value").asText()).isEqualTo("25");
        assertThat(adopted.get("effectiveDate").asText()).isEqualTo("2026-05-01");
        assertThat(adopted.get("summary").asText()).contains("seconds per item: 20 → 25 s");
        assertThat(adopted.get("versions")).hasSize(2);
        assertThat(adopted.get("versions").get(1).get("roundId").asText()).isEqualTo(round.value());
        assertThat(adopted.get("versions").get(0).get("parameters").get(0).get("value").asText()).isEqualTo("20");
    }

    @Test
    void onlyPlatformHrRegistersRules() {
        Api.Response refused = api.as("worker-grocery").post("/api/rules",
                registration("Worker's rule", List.of(parameter("a", "1", ""))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesARuleWithoutParametersOrWithARepeatedOne() {
        Api.Response none = api.as("hr-grocery").post("/api/rules", registration("Empty", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("detail").asText()).contains("parameters");

        Api.Response twice = api.as("hr-grocery").post("/api/rules", registration("Twice",
                List.of(parameter("a", "1", ""), parameter("a", "2", ""))));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asText()).contains("'a'");
    }

    @Test
    void anUnknownRuleIsNotFound() {
        Api.Response missing = api.get("/api/rules/no-such-rule");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    private static Map<String, Object> registration(String name, List<Map<String, String>> parameters) {
        return Map.of("name", name, "category", "TIME_ESTIMATE",
                "summary", "How long a picker is given for an order.", "parameters", parameters);
    }

    private static Map<String, String> parameter(String name, String value, String unit) {
        return Map.of("name", name, "value", value, "unit", unit);
    }
}

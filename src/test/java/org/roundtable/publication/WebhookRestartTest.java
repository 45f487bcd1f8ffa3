package org.roundtable.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.publication.Consultation.expect;
import static org.roundtable.publication.PublicationTest.assertSigned;
import static org.roundtable.publication.PublicationTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.RoundtableApplication;
import org.roundtable.people.PersonId;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalId;
import org.roundtable.publication.Receiver.Arrival;
import org.roundtable.publication.Receiver.Reply;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Deliveries survive a restart: a receiver fails (HTTP 500, then does not answer in time) while the
 * service runs, the service stops, the receiver recovers, and the service started again on the same
 * database delivers what was pending, then what happens next. Every outcome arrives, and no outcome
 * arrives under two different delivery ids.
 */
class WebhookRestartTest {

    private static final String PLATFORM = "restart";

    @Test
    void pendingDeliveriesAreSentAfterARestartOnceTheReceiverRecovers() throws Exception {
        String dataDir = "./target/test-data/restart-" + UUID.randomUUID();
        try (Receiver receiver = Receiver.start(n -> n == 0 ? Reply.status(500) : Reply.hang(Duration.ofSeconds(4)))) {
            String webhook;
            String secret;
            String first;
            try (ConfigurableApplicationContext service = start(dataDir)) {
                Api api = Api.at(port(service));
                Consultation consultation = new Consultation(api, PLATFORM)
                        .register(service.getBean(PersonStore.class), false);
                JsonNode registration = expect(api.as(consultation.hr()).post("/api/platforms/restart/webhooks",
                        Map.of("url", receiver.url(), "events", List.of("OUTCOME_PUBLISHED"))), 201).json();
                webhook = registration.get("id").asText();
                secret = registration.get("secret").asText();

                first = publishOutcome(service);
                await().atMost(Duration.ofSeconds(30)).until(() -> attempts(api, consultation, webhook) >= 2);
                assertThat(receiver.acknowledged()).isEmpty();
            }

            receiver.script(n -> Reply.ok());
            try (ConfigurableApplicationContext service = start(dataDir)) {
                Api api = Api.at(port(service));
                Consultation consultation = new Consultation(api, PLATFORM);
                await().atMost(Duration.ofSeconds(60)).until(() -> roundsOf(receiver.acknowledged()).contains(first));
                String second = publishOutcome(service);
                await().atMost(Duration.ofSeconds(30)).until(() -> roundsOf(receiver.acknowledged()).contains(second));

                for (Arrival arrival : receiver.arrivals()) {
                    assertSigned(arrival, secret);
                }
                Map<String, Set<String>> keysByRound = receiver.arrivals().stream().collect(Collectors.groupingBy(
                        arrival -> json(arrival.body()).get("roundId").asText(),
                        Collectors.mapping(Arrival::delivery, Collectors.toSet())));
                assertThat(keysByRound).containsOnlyKeys(first, second);
                assertThat(keysByRound.values()).allSatisfy(keys -> assertThat(keys).hasSize(1));

                JsonNode log = await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(api, consultation,
                        webhook), deliveries -> deliveries.size() == 2 && deliveries.findValues("status").stream()
                        .allMatch(status -> status.asText().equals("DELIVERED")));
                JsonNode firstLog = log.get(1).get("attemptLog");
                assertThat(log.get(1).get("roundId").asText()).isEqualTo(first);
                assertThat(firstLog.get(0).get("statusCode").asInt()).isEqualTo(500);
                assertThat(firstLog.get(1).get("statusCode").isNull()).isTrue();
                assertThat(firstLog.get(1).get("error").asText()).contains("timed out");
                assertThat(firstLog.get(1).get("nextAttemptAt").isNull()).isFalse();
                assertThat(firstLog.get(firstLog.size() - 1).get("statusCode").asInt()).isEqualTo(200);
                assertThat(log.get(0).get("attempts").asInt()).isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        return new SpringApplicationBuilder(RoundtableApplication.class).profiles("test").run(
                "--roundtable.data-dir=" + dataDir,
                "--server.port=0",
                "--roundtable.publication.webhooks.allow-private-networks=true",
                "--roundtable.publication.webhooks.poll-interval=100ms",
                "--roundtable.publication.webhooks.read-timeout=1s",
                "--roundtable.publication.webhooks.retry-delays=300ms,1s,2s",
                "--roundtable.publication.webhooks.jitter=0");
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    private static String publishOutcome(ConfigurableApplicationContext service) {
        RoundId round = RoundId.random();
        service.getBean(EventGateway.class).publish(new OutcomePublished(round, PlatformId.of(PLATFORM),
                ProposalId.random(), Outcome.ADOPTED, new Tally(3, 3, 0, 0), 1, List.of(),
                LocalDate.now().plusDays(30), PersonId.of("convener-restart"), Instant.now()));
        return round.value();
    }

    private static JsonNode deliveries(Api api, Consultation consultation, String webhook) {
        return expect(api.as(consultation.hr()).get("/api/platforms/restart/webhooks/" + webhook + "/deliveries"), 200)
                .json();
    }

    private static int attempts(Api api, Consultation consultation, String webhook) {
        JsonNode deliveries = deliveries(api, consultation, webhook);
        return deliveries.isEmpty() ? 0 : deliveries.get(0).get("attempts").asInt();
    }

    private static Set<String> roundsOf(List<Arrival> arrivals) {
        return arrivals.stream().map(arrival -> json(arrival.body()).get("roundId").asText())
                .collect(Collectors.toSet());
    }
}

package org.roundtable.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.publication.Consultation.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
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
import org.roundtable.support.Api.Response;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Publication against the whole application: a consultation's outcome reaches the feeds, signed
 * webhooks and an open round page; platform HR keeps its webhooks; a slow receiver does not hold
 * up a fast one.
 */
@RoundtableTest
@TestPropertySource(properties = {
        "roundtable.publication.public-url=https://roundtable.example",
        "roundtable.publication.webhooks.allow-private-networks=true",
        "roundtable.publication.webhooks.poll-interval=100ms",
        "roundtable.publication.webhooks.retry-delays=200ms,500ms",
        "roundtable.publication.webhooks.threads=2"})
class PublicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;
    @Autowired
    PersonStore store;
    @Autowired
    EventGateway events;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aPublishedOutcomeReachesTheFeedsTheWebhooksAndTheOpenRoundPage() throws Exception {
        Api api = Api.at(port);
        Consultation consultation = new Consultation(api, "pub-storm").register(store, true);
        try (Receiver receiver = Receiver.start(n -> Reply.ok())) {
            JsonNode registration = expect(api.as(consultation.hr()).post("/api/platforms/pub-storm/webhooks",
                    Map.of("url", receiver.url(), "events", List.of("OUTCOME_PUBLISHED", "PHASE_CHANGED"))), 201)
                    .json();
            String secret = registration.get("secret").asText();
            assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);

            String proposal = consultation.propose("Storm <pay> & rest");
            String round = consultation.open(proposal);
            try (LiveStream live = LiveStream.open(port, round)) {
                assertThat(live.status()).isEqualTo(200);
                assertThat(live.contentType()).startsWith("text/event-stream");
                await().atMost(Duration.ofSeconds(10)).until(() -> !live.named("phase").isEmpty());

                consultation.voteAndPublish(round);

                await().atMost(Duration.ofSeconds(30)).until(() -> phases(live).contains("PUBLISHED"));
                assertThat(phases(live)).containsSubsequence("NEGOTIATING", "VOTING", "CLOSED", "PUBLISHED");
                await().atMost(Duration.ofSeconds(30)).until(() -> live.named("participation").stream()
                        .anyMatch(event -> json(event.data()).get("ballots").asLong() == 3));
                assertThat(live.named("participation")).allSatisfy(event -> assertThat(
                        fieldNames(json(event.data()))).containsExactlyInAnyOrder("roundId", "ballots"));
            }

            // Every phase change arrives signed, once per event, with a stable delivery id.
            List<String> expected = List.of("RoundOpened", "CommentPeriodStarted", "NegotiationStarted",
                    "VotingOpened", "VotingClosed", "OutcomePublished");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.acknowledged().size() >= expected.size());
            List<Arrival> arrivals = receiver.acknowledged();
            assertThat(arrivals).extracting(Arrival::event).containsExactlyElementsOf(expected);
            for (Arrival arrival : arrivals) {
                assertSigned(arrival, secret);
                JsonNode body = json(arrival.body());
                assertThat(body.get("type").asText()).isEqualTo(arrival.event());
                assertThat(body.get("deliveryId").asText()).isEqualTo(arrival.delivery());
                assertThat(body.get("roundId").asText()).isEqualTo(round);
                assertThat(body.get("roundUrl").asText()).isEqualTo("https://roundtable.example/rounds/" + round);
            }
            assertThat(arrivals.stream().map(Arrival::delivery).distinct()).hasSize(expected.size());
            JsonNode outcome = json(arrivals.get(5).body()).get("outcome");
            assertThat(outcome.get("result").asText()).isEqualTo("ADOPTED");
            assertThat(outcome.get("tally").get("forVotes").asLong()).isEqualTo(2);
            assertThat(outcome.get("summary").asText()).startsWith("Adopted. Of 3 voters, 3 took part: 2 for");

            // The delivery log shows each delivery acknowledged at its first attempt.
            String webhook = registration.get("id").asText();
            JsonNode log = expect(api.as(consultation.hr()).get("/api/platforms/pub-storm/webhooks/" + webhook
                    + "/deliveries"), 200).json();
            assertThat(log).hasSize(expected.size());
            assertThat(log).allSatisfy(delivery -> {
                assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
                assertThat(delivery.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(200);
            });
        }

        // The feeds of the platform and of everything carry the outcome, escaped.
        Response atom = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/feeds/platforms/pub-storm.atom"),
                response -> response.status() == 200 && response.body().contains("<entry>"));
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("Adopted: Storm &lt;pay&gt; &amp; rest");
        Element feed = parse(atom.body());
        assertThat(text(feed, "id")).isEqualTo("tag:roundtable.local,2025:platform:pub-storm");
        assertThat(text(feed, "title")).contains("Platform pub-storm");
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        String round = text(entry, "id").substring(text(entry, "id").lastIndexOf(':') + 1);
        assertThat(text(entry, "id")).isEqualTo("tag:roundtable.local,2025:outcome:" + round);
        assertThat(text(entry, "title")).isEqualTo("Adopted: Storm <pay> & rest");
        assertThat(Instant.parse(text(entry, "updated"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("https://roundtable.example/rounds/" + round);
        assertThat(text(entry, "summary")).contains("Of 3 voters, 3 took part: 2 for, none against, 1 abstained.")
                .contains("storm_surcharge from 1.0 to 2.5 CNY");

        Response jsonFeed = api.get("/feeds/platforms/pub-storm.json");
        assertThat(jsonFeed.contentType()).startsWith("application/feed+json");
        JsonNode item = jsonFeed.json().get("items").get(0);
        assertThat(jsonFeed.json().get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(item.get("title").asText()).isEqualTo("Adopted: Storm <pay> & rest");
        assertThat(item.get("url").asText()).isEqualTo("https://roundtable.example/rounds/" + round);
        assertThat(item.get("_roundtable").get("for").asLong()).isEqualTo(2);

        assertThat(api.get("/feeds/outcomes.atom").body()).contains("tag:roundtable.local,2025:outcome:" + round);
        assertThat(api.get("/feeds/outcomes.json").body()).contains("tag:roundtable.local,2025:outcome:" + round);
        assertThat(api.get("/feeds/platforms/no-such-platform.atom").status()).isEqualTo(404);
        assertThat(notModified("/feeds/platforms/pub-storm.atom")).isEqualTo(304);
    }

    @Test
    void onlyHrOfThePlatformKeepsItsWebhooksAndSecretsAreShownOnce() {
        Api api = Api.at(port);
        Consultation consultation = new Consultation(api, "pub-hooks").register(store, false);
        new TestPeople(store).open("hr-elsewhere", PlatformId.of("pub-elsewhere"), Role.PLATFORM_HR);
        new TestPeople(store).open("hr-ghost", PlatformId.of("pub-ghost"), Role.PLATFORM_HR);
        String path = "/api/platforms/pub-hooks/webhooks";
        Map<String, Object> good = Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("OUTCOME_PUBLISHED"));

        assertThat(api.post(path, good).status()).isEqualTo(401);
        assertThat(api.as(consultation.rep(1)).post(path, good).status()).isEqualTo(403);
        assertThat(api.as("hr-elsewhere").post(path, good).status()).isEqualTo(403);
        assertThat(api.as(consultation.convener()).post(path, good).status()).isEqualTo(403);
        assertThat(api.as("hr-ghost").post("/api/platforms/pub-ghost/webhooks", good).status()).isEqualTo(404);
        Response ftp = api.as(consultation.hr()).post(path, Map.of("url", "ftp://127.0.0.1/x",
                "events", List.of("OUTCOME_PUBLISHED")));
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.contentType()).startsWith("application/problem+json");
        assertThat(api.as(consultation.hr()).post(path, Map.of("url", "http://127.0.0.1/x", "events", List.of()))
                .status()).isEqualTo(400);
        assertThat(api.as(consultation.hr()).post(path, Map.of("url", "http://127.0.0.1/x",
                "events", List.of("EVERYTHING"))).status()).isEqualTo(400);
        assertThat(api.as(consultation.hr()).post(path, Map.of("url", "not a url", "events",
                List.of("OUTCOME_PUBLISHED"))).status()).isEqualTo(400);

        Response created = expect(api.as(consultation.hr()).post(path, good), 201);
        String id = created.json().get("id").asText();
        assertThat(created.location()).isEqualTo(path + "/" + id);
        assertThat(created.json().get("secret").asText()).startsWith("whsec_");

        Response list = expect(api.as(consultation.hr()).get(path), 200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("id").asText()).isEqualTo(id);
        assertThat(list.json().get(0).get("events").get(0).asText()).isEqualTo("OUTCOME_PUBLISHED");
        assertThat(list.body()).doesNotContain(created.json().get("secret").asText()).doesNotContain("secret");
        assertThat(api.as("hr-elsewhere").get(path).status()).isEqualTo(403);
        assertThat(api.as(consultation.rep(1)).get(path + "/" + id + "/deliveries").status()).isEqualTo(403);
        assertThat(expect(api.as(consultation.hr()).get(path + "/" + id + "/deliveries"), 200).json()).isEmpty();

        expect(api.as(consultation.hr()).delete(path + "/" + id), 204);
        assertThat(expect(api.as(consultation.hr()).get(path), 200).json()).isEmpty();
        assertThat(api.as(consultation.hr()).delete(path + "/" + id).status()).isEqualTo(404);
        assertThat(api.as(consultation.hr()).get(path + "/" + id + "/deliveries").status()).isEqualTo(404);
    }

    @Test
    void aSlowReceiverDoesNotDelayAFastOne() {
        Api api = Api.at(port);
        Consultation consultation = new Consultation(api, "pub-speed").register(store, false);
        try (Receiver slow = Receiver.start(n -> Reply.okAfter(Duration.ofSeconds(3)));
             Receiver fast = Receiver.start(n -> Reply.ok())) {
            List<String> webhooks = new ArrayList<>();
            for (Receiver receiver : List.of(slow, fast)) {
                webhooks.add(expect(api.as(consultation.hr()).post("/api/platforms/pub-speed/webhooks",
                        Map.of("url", receiver.url(), "events", List.of("OUTCOME_PUBLISHED"))), 201).createdId());
            }
            List<String> rounds = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                rounds.add(publishOutcome("pub-speed"));
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> fast.acknowledged().size() == 3);
            await().atMost(Duration.ofSeconds(60)).until(() -> slow.acknowledged().size() == 3);
            Instant fastDone = fast.arrivals().get(2).at();
            assertThat(fastDone).as("the fast receiver had all three before the slow one got its second")
                    .isBefore(slow.arrivals().get(1).at());
            assertThat(roundsOf(fast.arrivals())).containsExactlyInAnyOrderElementsOf(rounds);
            assertThat(roundsOf(slow.arrivals())).containsExactlyInAnyOrderElementsOf(rounds);
            for (String webhook : webhooks) {
                await().atMost(Duration.ofSeconds(30)).until(() -> api.as(consultation.hr())
                        .get("/api/platforms/pub-speed/webhooks/" + webhook + "/deliveries").json().findValues("status")
                        .stream().filter(status -> status.asText().equals("DELIVERED")).count() == 3);
            }
        }
    }

    @Test
    void theFeedIsRebuiltTheSameWhenItsProjectionIsReplayed() {
        Api api = Api.at(port);
        new Consultation(api, "pub-replay").register(store, false);
        String round = publishOutcome("pub-replay");
        JsonNode before = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/feeds/platforms/pub-replay.json"), response -> response.status() == 200
                        && response.json().get("items").size() == 1).json();
        assertThat(before.get("items").get(0).get("url").asText()).endsWith("/rounds/" + round);
        assertThat(before.get("title").asText()).contains("Platform pub-replay");

        TrackingEventProcessor feed = processing.eventProcessor("outcome-feed", TrackingEventProcessor.class)
                .orElseThrow();
        feed.shutDown();
        feed.resetTokens();
        feed.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/feeds/platforms/pub-replay.json"),
                response -> response.status() == 200 && response.json().equals(before));
    }

    /** An outcome published straight onto the event bus, as the round aggregate would publish it. */
    private String publishOutcome(String platform) {
        RoundId round = RoundId.random();
        events.publish(new OutcomePublished(round, PlatformId.of(platform), ProposalId.random(), Outcome.REJECTED,
                new Tally(5, 1, 3, 1), 1, List.of(), LocalDate.now().plusDays(30), PersonId.of("convener"),
                Instant.now()));
        return round.value();
    }

    private static Set<String> roundsOf(List<Arrival> arrivals) {
        return arrivals.stream().map(arrival -> json(arrival.body()).get("roundId").asText())
                .collect(Collectors.toSet());
    }

    /** Recomputes the signature as a receiver would, and checks it is fresh. */
    static void assertSigned(Arrival arrival, String secret) throws Exception {
        String[] parts = arrival.signature().split(",");
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        long t = Long.parseLong(parts[0].substring(2));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal((t + "." + arrival.body()).getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        assertThat(parts[1].substring(3)).isEqualTo(hex.toString());
    }

    private static List<String> phases(LiveStream live) {
        return live.named("phase").stream().map(event -> json(event.data()).get("phase").asText()).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private int notModified(String path) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.item(0).getTextContent();
    }
}

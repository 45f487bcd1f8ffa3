package org.roundtable.publication.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalId;
import org.roundtable.publication.MigratedDatabase;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.publication.WebhookCommands.RegisterWebhook;
import org.roundtable.publication.WebhookCommands.RemoveWebhook;
import org.roundtable.publication.WebhookId;
import org.roundtable.publication.WebhookRegistration;
import org.roundtable.publication.WebhookTopic;
import org.roundtable.round.OpinionId;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OpinionSubmitted;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.roundtable.round.RoundEvents.VotingOpened;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;

/**
 * The outbox: which subscriptions get which events, one row per (subscription, event) however often
 * the event is handled, and nothing for subscriptions that did not exist yet or were removed.
 */
class WebhookOutboxTest {

    private static final PlatformId PLATFORM = PlatformId.of("ride");
    private static final PersonId HR = PersonId.of("hr");

    private final RoundId round = RoundId.random();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private MigratedDatabase database;
    private WebhookSubscriptions subscriptions;
    private WhenRoundEventsThenQueueWebhookDeliveries outbox;

    @BeforeEach
    void setUp() {
        database = MigratedDatabase.h2();
        PublicationSettings settings = new PublicationSettings(URI.create("https://rt.example/"), "rt.example,2025", 50,
                new PublicationSettings.Live(10, Duration.ofSeconds(15), Duration.ofMinutes(1), Duration.ofSeconds(1)),
                new PublicationSettings.Webhooks(2, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                        List.of(Duration.ofSeconds(10)), 0.2, true));
        subscriptions = new WebhookSubscriptions(database.jdbc, settings);
        outbox = new WhenRoundEventsThenQueueWebhookDeliveries(database.jdbc, json, settings);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void phaseChangesGoToPhaseSubscribersAndOutcomesToEverySubscriber() throws Exception {
        String phases = subscribe(PLATFORM, WebhookTopic.PHASE_CHANGED);
        String outcomes = subscribe(PLATFORM, WebhookTopic.OUTCOME_PUBLISHED);
        String elsewhere = subscribe(PlatformId.of("taxi"), WebhookTopic.PHASE_CHANGED, WebhookTopic.OUTCOME_PUBLISHED);
        Instant later = Instant.now().plusSeconds(1);

        outbox.on(opened(), "event-1", later);
        outbox.on(new OpinionSubmitted(round, OpinionId.random(), "Too low.", null, HR, later), "event-2", later);
        outbox.on(new VotingOpened(round, ProposalId.of("prop-1"), later, later.plusSeconds(60), 3, HR), "event-3",
                later);
        outbox.on(published(later), "event-4", later);

        assertThat(eventsOf(phases)).containsExactly("RoundOpened", "VotingOpened", "OutcomePublished");
        assertThat(eventsOf(outcomes)).containsExactly("OutcomePublished");
        assertThat(eventsOf(elsewhere)).isEmpty();

        JsonNode body = json.readTree(database.jdbc.queryForObject("SELECT body FROM webhook_delivery"
                + " WHERE subscription_id = ? AND event_type = 'OutcomePublished'", String.class, outcomes));
        assertThat(body.get("deliveryId").asText())
                .isEqualTo(WhenRoundEventsThenQueueWebhookDeliveries.idempotencyKey(outcomes, "event-4"));
        assertThat(body.get("phase").asText()).isEqualTo("PUBLISHED");
        assertThat(body.get("roundUrl").asText()).isEqualTo("https://rt.example/rounds/" + round);
        assertThat(body.get("outcome").get("summary").asText()).startsWith("Rejected. Of 5 voters, 4 took part");
        assertThat(body.get("outcome").get("tally").get("against").asLong()).isEqualTo(3);
    }

    @Test
    void anEventHandledAgainQueuesNothingMore() {
        String subscription = subscribe(PLATFORM, WebhookTopic.OUTCOME_PUBLISHED);
        Instant later = Instant.now().plusSeconds(1);

        outbox.on(published(later), "event-1", later);
        outbox.on(published(later), "event-1", later);

        assertThat(database.jdbc.queryForList("SELECT id FROM webhook_delivery WHERE subscription_id = ?",
                String.class, subscription))
                .containsExactly(WhenRoundEventsThenQueueWebhookDeliveries.idempotencyKey(subscription, "event-1"));
    }

    @Test
    void aSubscriptionGetsOnlyWhatHappensWhileItExists() {
        Instant before = Instant.now().minusSeconds(60);
        String removed = subscribe(PLATFORM, WebhookTopic.OUTCOME_PUBLISHED);
        subscriptions.handle(new RemoveWebhook(PLATFORM, WebhookId.of(removed), HR));
        String current = subscribe(PLATFORM, WebhookTopic.OUTCOME_PUBLISHED);

        outbox.on(published(before), "event-before", before);
        outbox.on(published(Instant.now().plusSeconds(1)), "event-after", Instant.now().plusSeconds(1));

        assertThat(database.jdbc.queryForList("SELECT event_id FROM webhook_delivery WHERE subscription_id = ?",
                String.class, current)).containsExactly("event-after");
        assertThat(eventsOf(removed)).isEmpty();
    }

    @Test
    void removingASubscriptionCancelsItsPendingDeliveries() {
        String subscription = subscribe(PLATFORM, WebhookTopic.OUTCOME_PUBLISHED);
        Instant later = Instant.now().plusSeconds(1);
        outbox.on(published(later), "event-1", later);

        subscriptions.handle(new RemoveWebhook(PLATFORM, WebhookId.of(subscription), HR));

        assertThat(database.jdbc.queryForObject("SELECT status FROM webhook_delivery WHERE subscription_id = ?",
                String.class, subscription)).isEqualTo("CANCELLED");
    }

    private String subscribe(PlatformId platform, WebhookTopic... topics) {
        WebhookRegistration registration = subscriptions.handle(new RegisterWebhook(platform,
                URI.create("http://127.0.0.1/hooks"), Set.of(topics), HR));
        assertThat(registration.secret()).startsWith("whsec_");
        return registration.id().value();
    }

    private List<String> eventsOf(String subscription) {
        return database.jdbc.queryForList("SELECT event_type FROM webhook_delivery WHERE subscription_id = ?"
                + " ORDER BY created_at, event_id", String.class, subscription);
    }

    private RoundOpened opened() {
        Instant now = Instant.now();
        return new RoundOpened(round, PLATFORM, ProposalId.of("prop-1"), ElectorateKind.REPRESENTATIVES, 5, "digest",
                now, now.plusSeconds(60), VoteRule.STATUTORY, null, PersonId.of("convener"), now);
    }

    private OutcomePublished published(Instant at) {
        return new OutcomePublished(round, PLATFORM, ProposalId.of("prop-1"), Outcome.REJECTED, new Tally(5, 1, 3, 0),
                2, List.of(), LocalDate.of(2026, 1, 1), PersonId.of("convener"), at.atOffset(ZoneOffset.UTC).toInstant());
    }
}

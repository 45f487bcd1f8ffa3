package org.roundtable.publication.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.roundtable.publication.OutcomeWords;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.publication.RoundPhases;
import org.roundtable.publication.WebhookTopic;
import org.roundtable.publication.command.WebhookPayload.PublishedOutcome;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundEvents;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundEvents.RoundOpened;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one row to the {@code webhook_delivery} outbox per subscription that wants the event:
 * published outcomes, and phase changes for subscriptions to them. The row's id is the idempotency
 * key, derived from the subscription and the event, so a redelivered event adds nothing. Only
 * subscriptions that existed when the event happened receive it. Sending is the dispatcher's job.
 */
@Component
@ProcessingGroup("webhook-outbox")
@DisallowReplay
class WhenRoundEventsThenQueueWebhookDeliveries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PublicationSettings settings;

    WhenRoundEventsThenQueueWebhookDeliveries(JdbcTemplate jdbc, ObjectMapper json, PublicationSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    @EventHandler
    void on(RoundEvents event, @MessageIdentifier String eventId, @Timestamp Instant occurredAt) {
        if (event instanceof RoundOpened opened) {
            remember(opened);
        }
        Optional<Phase> phase = RoundPhases.after(event);
        if (phase.isEmpty()) {
            return;
        }
        Optional<String> platform = platformOf(event);
        if (platform.isEmpty()) {
            return;
        }
        String topic = event instanceof OutcomePublished ? WebhookTopic.OUTCOME_PUBLISHED.name()
                : WebhookTopic.PHASE_CHANGED.name();
        List<String> subscriptions = jdbc.queryForList("SELECT id FROM webhook_subscription WHERE platform_id = ?"
                        + " AND removed_at IS NULL AND created_at <= ? AND (topics LIKE ? OR topics LIKE ?)",
                String.class, platform.get(), occurredAt.atOffset(ZoneOffset.UTC), "%" + topic + "%",
                "%" + WebhookTopic.PHASE_CHANGED.name() + "%");
        for (String subscription : subscriptions) {
            queue(subscription, event, eventId, occurredAt, platform.get(), phase.get());
        }
    }

    /** The platform of the round: named by OutcomePublished itself, else remembered from RoundOpened. */
    private Optional<String> platformOf(RoundEvents event) {
        if (event instanceof OutcomePublished published) {
            return Optional.of(published.platformId().value());
        }
        return jdbc.queryForList("SELECT platform_id FROM webhook_round WHERE round_id = ?", String.class,
                event.roundId().value()).stream().findFirst();
    }

    private void remember(RoundOpened opened) {
        int updated = jdbc.update("UPDATE webhook_round SET platform_id = ? WHERE round_id = ?",
                opened.platformId().value(), opened.roundId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO webhook_round (round_id, platform_id) VALUES (?, ?)",
                    opened.roundId().value(), opened.platformId().value());
        }
    }

    private void queue(String subscription, RoundEvents event, String eventId, Instant occurredAt, String platformId,
                       Phase phase) {
        String key = idempotencyKey(subscription, eventId);
        Integer queued = jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE id = ?", Integer.class, key);
        if (queued != null && queued > 0) {
            return;
        }
        String type = event.getClass().getSimpleName();
        String body = body(new WebhookPayload(key, type, eventId, occurredAt, platformId, event.roundId().value(),
                phase, "/rounds/" + event.roundId(), roundUrl(event), outcome(event)));
        jdbc.update("INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, round_id, body, status,"
                        + " attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                key, subscription, eventId, type, event.roundId().value(), body,
                occurredAt.atOffset(ZoneOffset.UTC), Instant.now().atOffset(ZoneOffset.UTC));
    }

    /** Stable per (subscription, event): the same on every attempt and after any redelivery. */
    static String idempotencyKey(String subscription, String eventId) {
        return UUID.nameUUIDFromBytes((subscription + "|" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String roundUrl(RoundEvents event) {
        String base = settings.publicBase();
        return base == null ? null : base + "/rounds/" + event.roundId();
    }

    private static PublishedOutcome outcome(RoundEvents event) {
        if (!(event instanceof OutcomePublished published)) {
            return null;
        }
        return new PublishedOutcome(published.outcome(), OutcomeWords.summary(published.outcome(), published.tally(),
                published.revision(), published.changes(), published.effectiveDate()), published.tally(),
                published.proposalId(), published.revision(), published.changes(), published.effectiveDate(),
                published.publishedAt());
    }

    private String body(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the webhook body of " + payload.type(), e);
        }
    }
}

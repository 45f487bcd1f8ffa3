package org.roundtable.publication.command;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.publication.WebhookCommands.RegisterWebhook;
import org.roundtable.publication.WebhookCommands.RemoveWebhook;
import org.roundtable.publication.WebhookId;
import org.roundtable.publication.WebhookRegistration;
import org.roundtable.publication.WebhookTopic;
import org.roundtable.publication.delivery.WebhookUrls;
import org.roundtable.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the webhook subscriptions of platforms in {@code webhook_subscription}. A new subscription
 * gets a random secret that is answered once; removing one cancels its pending deliveries and keeps
 * the row, so the delivery log stays explainable.
 */
@Component
class WebhookSubscriptions {

    static final int MAX_PER_PLATFORM = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PublicationSettings.Webhooks settings;
    private final Clock clock = Clock.systemUTC();

    WebhookSubscriptions(JdbcTemplate jdbc, PublicationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings.webhooks();
    }

    @CommandHandler
    WebhookRegistration handle(RegisterWebhook command) {
        WebhookUrls.check(command.url(), settings.allowPrivateNetworks());
        assertRoomFor(command);
        WebhookId id = WebhookId.random();
        String secret = newSecret();
        jdbc.update("INSERT INTO webhook_subscription (id, platform_id, url, topics, secret, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id.value(), command.platformId().value(), command.url().toString(), topics(command.topics()), secret,
                command.registeredBy().value(), now().atOffset(ZoneOffset.UTC));
        return new WebhookRegistration(id, command.url(), EnumSet.copyOf(command.topics()), secret);
    }

    @CommandHandler
    void handle(RemoveWebhook command) {
        int removed = jdbc.update("UPDATE webhook_subscription SET removed_by = ?, removed_at = ?"
                        + " WHERE id = ? AND platform_id = ? AND removed_at IS NULL",
                command.removedBy().value(), now().atOffset(ZoneOffset.UTC), command.webhookId().value(),
                command.platformId().value());
        if (removed == 0) {
            throw new DomainException.NotFound("Platform " + command.platformId() + " has no webhook '"
                    + command.webhookId() + "'.");
        }
        jdbc.update("UPDATE webhook_delivery SET status = 'CANCELLED', next_attempt_at = NULL"
                + " WHERE subscription_id = ? AND status = 'PENDING'", command.webhookId().value());
    }

    private void assertRoomFor(RegisterWebhook command) {
        Integer active = jdbc.queryForObject("SELECT count(*) FROM webhook_subscription"
                + " WHERE platform_id = ? AND removed_at IS NULL", Integer.class, command.platformId().value());
        if (active != null && active >= MAX_PER_PLATFORM) {
            throw new DomainException.Conflict("Platform " + command.platformId() + " already has " + active
                    + " webhooks, the most it may have; remove one first.");
        }
    }

    /** Topics as stored: their names, comma-separated, in a fixed order. */
    static String topics(Set<WebhookTopic> topics) {
        return EnumSet.copyOf(topics).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        return clock.instant();
    }
}

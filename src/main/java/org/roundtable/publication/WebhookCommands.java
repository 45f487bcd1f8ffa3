package org.roundtable.publication;

import java.net.URI;
import java.util.Set;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;

/**
 * Requests to keep a platform's webhook subscriptions. Subscriptions are configuration, not facts of
 * a consultation: they hold a secret that must be replaceable and erasable, so they live in a table
 * and not in the event store.
 */
public sealed interface WebhookCommands {

    /** Subscribes {@code url} to the topics; answers a {@link WebhookRegistration} with the new secret. */
    record RegisterWebhook(PlatformId platformId, URI url, Set<WebhookTopic> topics, PersonId registeredBy)
            implements WebhookCommands {

        public RegisterWebhook {
            if (platformId == null || url == null || registeredBy == null) {
                throw new IllegalArgumentException("a webhook needs its platform, its URL and who registers it");
            }
            if (topics == null || topics.isEmpty()) {
                throw new IllegalArgumentException(
                        "name at least one event to subscribe to: OUTCOME_PUBLISHED or PHASE_CHANGED");
            }
            topics = Set.copyOf(topics);
        }
    }

    /** Ends a subscription; its pending deliveries are cancelled. */
    record RemoveWebhook(PlatformId platformId, WebhookId webhookId, PersonId removedBy) implements WebhookCommands {

        public RemoveWebhook {
            if (platformId == null || webhookId == null || removedBy == null) {
                throw new IllegalArgumentException("name the platform, the webhook and who removes it");
            }
        }
    }
}

package org.roundtable.publication.query;

import org.roundtable.platform.PlatformId;
import org.roundtable.publication.WebhookId;

/** Questions about a platform's webhooks. No answer ever contains a secret. */
public final class WebhookQueries {

    private WebhookQueries() {
    }

    /** The platform's active subscriptions as {@link WebhookView}s, oldest first. */
    public record FindWebhooks(PlatformId platformId) {
    }

    /**
     * The newest deliveries of one subscription of the platform, newest first, as {@link DeliveryView}s
     * with their attempts; empty when the platform has no such subscription.
     */
    public record FindWebhookDeliveries(PlatformId platformId, WebhookId webhookId, int limit) {

        public FindWebhookDeliveries {
            if (limit < 1 || limit > 500) {
                throw new IllegalArgumentException("ask for 1 to 500 deliveries");
            }
        }
    }
}

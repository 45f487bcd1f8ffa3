package org.roundtable.publication.delivery;

import java.util.concurrent.ThreadLocalRandom;
import org.roundtable.publication.PublicationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The webhook dispatcher and its parts; scheduling drives its poller and the live pages' timers. */
@Configuration
@EnableScheduling
class DeliveryConfiguration {

    @Bean
    WebhookDispatcher webhookDispatcher(DeliveryClaims claims, PublicationSettings settings) {
        PublicationSettings.Webhooks webhooks = settings.webhooks();
        return new WebhookDispatcher(claims, new WebhookSender(webhooks),
                new RetrySchedule(webhooks.retryDelays(), webhooks.jitter(), () -> ThreadLocalRandom.current().nextDouble()),
                webhooks);
    }
}

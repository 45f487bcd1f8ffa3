package org.roundtable.publication.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.roundtable.publication.PublicationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due webhook deliveries from the outbox. On a fixed delay it claims as many due rows as it
 * has idle sending threads (never two of one subscription), sends each on a bounded pool, and
 * records every attempt: a 2xx answer ends the delivery, anything else schedules the next attempt
 * in the row itself. Nothing is kept only in memory: after a restart the rows are simply due.
 */
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final String node = "node-" + UUID.randomUUID();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sending = new AtomicInteger();
    private final DeliveryClaims claims;
    private final WebhookSender sender;
    private final RetrySchedule retries;
    private final PublicationSettings.Webhooks settings;
    private final ExecutorService pool;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running = true;

    WebhookDispatcher(DeliveryClaims claims, WebhookSender sender, RetrySchedule retries,
                      PublicationSettings.Webhooks settings) {
        this.claims = claims;
        this.sender = sender;
        this.retries = retries;
        this.settings = settings;
        this.pool = Executors.newFixedThreadPool(settings.threads(), threads());
    }

    @Scheduled(fixedDelayString = "${roundtable.publication.webhooks.poll-interval:1s}")
    void sendDue() {
        int idle = settings.threads() - sending.get();
        if (!running || idle <= 0) {
            return;
        }
        List<ClaimedDelivery> claimed = claims.claim(node, idle, Set.copyOf(busy), clock.instant(),
                settings.claimLease());
        for (ClaimedDelivery delivery : claimed) {
            busy.add(delivery.subscriptionId());
            sending.incrementAndGet();
            pool.execute(() -> {
                try {
                    attempt(delivery);
                } finally {
                    busy.remove(delivery.subscriptionId());
                    sending.decrementAndGet();
                }
            });
        }
    }

    private void attempt(ClaimedDelivery delivery) {
        Instant at = clock.instant();
        AttemptResult result;
        try {
            result = sender.send(delivery, at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            log.warn("webhook delivery {} failed unexpectedly", delivery.id(), e);
            result = AttemptResult.failed("not sent: " + e.getClass().getSimpleName());
        }
        long millis = Duration.between(at, clock.instant()).toMillis();
        boolean recorded;
        if (result.acknowledged()) {
            recorded = claims.delivered(delivery, node, at, result, millis);
        } else {
            Duration wait = retries.after(delivery.attempts() + 1);
            recorded = claims.failed(delivery, node, at, result, millis, clock.instant().plus(wait));
            log.info("webhook delivery {} to {} failed ({}); next attempt in {}", delivery.id(), delivery.url(),
                    result.error() != null ? result.error() : "HTTP " + result.statusCode(), wait);
        }
        if (!recorded) {
            log.warn("webhook delivery {} was no longer claimed by this node when its attempt ended", delivery.id());
        }
    }

    /** Stops sending, waits briefly for attempts in flight, and gives back what is still claimed. */
    @Override
    public void destroy() throws InterruptedException {
        running = false;
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.SECONDS);
        }
        claims.release(node);
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "webhook-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

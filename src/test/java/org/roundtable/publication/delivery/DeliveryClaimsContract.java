package org.roundtable.publication.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.publication.MigratedDatabase;

/**
 * Claiming due deliveries from the outbox, on each database: only due rows of active subscriptions,
 * one per subscription at a time, never one row by two nodes, and leases that run out.
 */
abstract class DeliveryClaimsContract {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    MigratedDatabase database;
    DeliveryClaims claims;

    abstract MigratedDatabase database();

    @BeforeEach
    void setUp() {
        database = database();
        claims = new DeliveryClaims(database.jdbc, database.transactions);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void claimsOnlyDueDeliveriesOfActiveSubscriptions() {
        subscription("due", false);
        subscription("later", false);
        subscription("done", false);
        subscription("removed", true);
        delivery("d-due", "due", "PENDING", now.minusSeconds(1));
        delivery("d-later", "later", "PENDING", now.plusSeconds(60));
        delivery("d-done", "done", "DELIVERED", null);
        delivery("d-removed", "removed", "PENDING", now.minusSeconds(1));

        List<ClaimedDelivery> claimed = claims.claim("node-1", 10, Set.of(), now, LEASE);

        assertThat(claimed).extracting(ClaimedDelivery::id).containsExactly("d-due");
        assertThat(claimed.get(0).url().toString()).isEqualTo("http://127.0.0.1/due");
        assertThat(claimed.get(0).secret()).isEqualTo("secret-due");
        assertThat(claimed.get(0).body()).isEqualTo("{\"id\":\"d-due\"}");
    }

    @Test
    void claimsOneDeliveryPerSubscriptionAtATime() {
        subscription("a", false);
        subscription("b", false);
        delivery("a-1", "a", "PENDING", now.minusSeconds(3));
        delivery("a-2", "a", "PENDING", now.minusSeconds(2));
        delivery("b-1", "b", "PENDING", now.minusSeconds(1));

        assertThat(claims.claim("node-1", 10, Set.of(), now, LEASE)).extracting(ClaimedDelivery::id)
                .containsExactlyInAnyOrder("a-1", "b-1");
        assertThat(claims.claim("node-2", 10, Set.of(), now, LEASE)).isEmpty();

        ClaimedDelivery first = new ClaimedDelivery("a-1", "a", null, null, "OutcomePublished", "{}", 0);
        assertThat(claims.delivered(first, "node-1", now, AttemptResult.answered(204), 12)).isTrue();
        assertThat(claims.claim("node-2", 10, Set.of(), now, LEASE)).extracting(ClaimedDelivery::id)
                .containsExactly("a-2");
    }

    @Test
    void leavesOutSubscriptionsTheNodeIsStillSendingTo() {
        subscription("a", false);
        subscription("b", false);
        delivery("a-1", "a", "PENDING", now.minusSeconds(1));
        delivery("b-1", "b", "PENDING", now.minusSeconds(1));

        assertThat(claims.claim("node-1", 10, Set.of("a"), now, LEASE)).extracting(ClaimedDelivery::id)
                .containsExactly("b-1");
    }

    @Test
    void twoNodesNeverClaimTheSameDelivery() throws Exception {
        for (int n = 0; n < 30; n++) {
            subscription("s" + n, false);
            delivery("d" + n, "s" + n, "PENDING", now.minusSeconds(1));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<ClaimedDelivery>>> results = new ArrayList<>();
        for (String node : List.of("node-1", "node-2")) {
            Callable<List<ClaimedDelivery>> claim = () -> {
                start.await();
                List<ClaimedDelivery> mine = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    mine.addAll(claims.claim(node, 3, Set.of(), now, LEASE));
                }
                return mine;
            };
            results.add(nodes.submit(claim));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<ClaimedDelivery>> result : results) {
            result.get(60, TimeUnit.SECONDS).forEach(delivery -> all.add(delivery.id()));
        }
        nodes.shutdown();
        assertThat(all).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenByAnotherNodeAndTheFirstCannotRecordIt() {
        subscription("a", false);
        delivery("a-1", "a", "PENDING", now.minusSeconds(1));
        ClaimedDelivery lost = claims.claim("node-1", 1, Set.of(), now, LEASE).get(0);

        assertThat(claims.claim("node-2", 1, Set.of(), now.plusSeconds(10), LEASE)).isEmpty();
        ClaimedDelivery taken = claims.claim("node-2", 1, Set.of(), now.plus(LEASE).plusSeconds(1), LEASE).get(0);

        assertThat(taken.id()).isEqualTo("a-1");
        assertThat(claims.delivered(lost, "node-1", now, AttemptResult.answered(200), 5)).isFalse();
        assertThat(claims.delivered(taken, "node-2", now, AttemptResult.answered(200), 5)).isTrue();
        assertThat(attemptCount("a-1")).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsLoggedAndTheDeliveryIsDueAgainAtItsNextAttempt() {
        subscription("a", false);
        delivery("a-1", "a", "PENDING", now.minusSeconds(1));
        ClaimedDelivery delivery = claims.claim("node-1", 1, Set.of(), now, LEASE).get(0);

        Instant next = now.plusSeconds(10);
        assertThat(claims.failed(delivery, "node-1", now, AttemptResult.answered(503), 40, next)).isTrue();

        assertThat(claims.claim("node-1", 1, Set.of(), now.plusSeconds(5), LEASE)).isEmpty();
        ClaimedDelivery again = claims.claim("node-1", 1, Set.of(), next, LEASE).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(claims.failed(again, "node-1", next, AttemptResult.failed("timed out"), 1000, next.plusSeconds(30)))
                .isTrue();
        assertThat(database.jdbc.queryForList("SELECT status_code FROM webhook_attempt WHERE delivery_id = 'a-1'"
                + " ORDER BY attempt", Integer.class)).containsExactly(503, null);
        assertThat(database.jdbc.queryForObject("SELECT last_error FROM webhook_delivery WHERE id = 'a-1'",
                String.class)).isEqualTo("timed out");
    }

    @Test
    void releasingGivesBackTheClaimsOfANode() {
        subscription("a", false);
        delivery("a-1", "a", "PENDING", now.minusSeconds(1));
        assertThat(claims.claim("node-1", 1, Set.of(), now, LEASE)).hasSize(1);

        claims.release("node-1");

        assertThat(claims.claim("node-2", 1, Set.of(), now, LEASE)).extracting(ClaimedDelivery::id)
                .containsExactly("a-1");
    }

    private void subscription(String id, boolean removed) {
        database.jdbc.update("INSERT INTO webhook_subscription (id, platform_id, url, topics, secret, created_by,"
                        + " created_at, removed_at) VALUES (?, 'p', ?, 'OUTCOME_PUBLISHED', ?, 'hr', ?, ?)",
                id, "http://127.0.0.1/" + id, "secret-" + id, now.atOffset(ZoneOffset.UTC),
                removed ? now.atOffset(ZoneOffset.UTC) : null);
    }

    private void delivery(String id, String subscription, String status, Instant due) {
        database.jdbc.update("INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, round_id, body,"
                        + " status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, 'OutcomePublished', 'r',"
                        + " ?, ?, 0, ?, ?)",
                id, subscription, "event-" + id, "{\"id\":\"" + id + "\"}", status,
                (due == null ? now : due).atOffset(ZoneOffset.UTC), due == null ? null : due.atOffset(ZoneOffset.UTC));
    }

    private int attemptCount(String delivery) {
        Integer count = database.jdbc.queryForObject("SELECT count(*) FROM webhook_attempt WHERE delivery_id = ?",
                Integer.class, delivery);
        return count == null ? 0 : count;
    }
}

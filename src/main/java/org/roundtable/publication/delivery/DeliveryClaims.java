package org.roundtable.publication.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox rows as the dispatcher sees them. A node claims a due row by writing its name and a
 * lease into it; the lease runs out if the node dies, and the row is due again. On PostgreSQL the
 * due rows are locked with {@code FOR UPDATE SKIP LOCKED} so nodes never wait for each other; on
 * other databases (H2) a claim is a conditional update that only one node can win. At most one
 * delivery per subscription is claimed at a time, so a slow receiver holds one sending thread at most.
 */
@Component
class DeliveryClaims {

    private static final String DUE = "SELECT d.id, d.subscription_id FROM webhook_delivery d"
            + " JOIN webhook_subscription s ON s.id = d.subscription_id AND s.removed_at IS NULL"
            + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?"
            + " AND (d.claimed_until IS NULL OR d.claimed_until < ?)"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery o WHERE o.subscription_id = d.subscription_id"
            + " AND o.id <> d.id AND o.claimed_until >= ?)"
            + " ORDER BY d.next_attempt_at, d.created_at LIMIT ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    DeliveryClaims(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }

    /** Claims up to {@code limit} due deliveries, none of a subscription in {@code busy}, one per subscription. */
    List<ClaimedDelivery> claim(String node, int limit, Set<String> busy, Instant now, Duration lease) {
        OffsetDateTime at = utc(now);
        OffsetDateTime until = utc(now.plus(lease));
        List<String> claimed = postgres
                ? transactions.execute(status -> lockAndClaim(node, limit, busy, at, until))
                : claimOneByOne(node, limit, busy, at, until);
        List<ClaimedDelivery> deliveries = new ArrayList<>();
        for (String id : claimed) {
            deliveries.addAll(jdbc.query("SELECT d.id, d.subscription_id, s.url, s.secret, d.event_type, d.body,"
                            + " d.attempts FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id"
                            + " WHERE d.id = ? AND d.claimed_by = ?",
                    (rs, n) -> new ClaimedDelivery(rs.getString(1), rs.getString(2), URI.create(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)),
                    id, node));
        }
        return deliveries;
    }

    private List<String> lockAndClaim(String node, int limit, Set<String> busy, OffsetDateTime at,
                                      OffsetDateTime until) {
        List<String[]> due = jdbc.query(DUE + " FOR UPDATE OF d SKIP LOCKED",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, at, at, at, limit * 4);
        List<String> claimed = new ArrayList<>();
        for (String id : onePerSubscription(due, busy, limit)) {
            jdbc.update("UPDATE webhook_delivery SET claimed_by = ?, claimed_until = ? WHERE id = ?", node, until, id);
            claimed.add(id);
        }
        return claimed;
    }

    private List<String> claimOneByOne(String node, int limit, Set<String> busy, OffsetDateTime at,
                                       OffsetDateTime until) {
        List<String[]> due = jdbc.query(DUE, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                at, at, at, limit * 4);
        List<String> claimed = new ArrayList<>();
        for (String id : onePerSubscription(due, busy, limit)) {
            int won = jdbc.update("UPDATE webhook_delivery SET claimed_by = ?, claimed_until = ? WHERE id = ?"
                    + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)", node, until, id, at);
            if (won == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    private static List<String> onePerSubscription(List<String[]> due, Set<String> busy, int limit) {
        Set<String> taken = new HashSet<>(busy);
        List<String> ids = new ArrayList<>();
        for (String[] row : due) {
            if (ids.size() < limit && taken.add(row[1])) {
                ids.add(row[0]);
            }
        }
        return ids;
    }

    /** Records an acknowledged attempt: the delivery is done. */
    boolean delivered(ClaimedDelivery delivery, String node, Instant at, AttemptResult result, long millis) {
        return record(delivery, node, at, result, millis, null);
    }

    /** Records a failed attempt and when the next one is due. */
    boolean failed(ClaimedDelivery delivery, String node, Instant at, AttemptResult result, long millis,
                   Instant next) {
        return record(delivery, node, at, result, millis, next);
    }

    private boolean record(ClaimedDelivery delivery, String node, Instant at, AttemptResult result, long millis,
                           Instant next) {
        int attempt = delivery.attempts() + 1;
        Boolean recorded = transactions.execute(status -> {
            int updated = jdbc.update("UPDATE webhook_delivery SET status = ?, attempts = ?, last_attempt_at = ?,"
                            + " last_status = ?, last_error = ?, next_attempt_at = ?, delivered_at = ?,"
                            + " claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                    result.acknowledged() ? "DELIVERED" : "PENDING", attempt, utc(at), result.statusCode(),
                    result.error(), next == null ? null : utc(next), result.acknowledged() ? utc(at) : null,
                    delivery.id(), node);
            if (updated == 0) {
                return false;
            }
            jdbc.update("INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error,"
                            + " duration_ms, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    delivery.id(), attempt, utc(at), result.statusCode(), result.error(), millis,
                    next == null ? null : utc(next));
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    /** Gives back every claim of this node, so another node (or this one, restarted) takes them up at once. */
    void release(String node) {
        jdbc.update("UPDATE webhook_delivery SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?", node);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

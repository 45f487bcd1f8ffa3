package org.roundtable.publication.query;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.publication.WebhookId;
import org.roundtable.publication.WebhookTopic;
import org.roundtable.publication.query.WebhookQueries.FindWebhookDeliveries;
import org.roundtable.publication.query.WebhookQueries.FindWebhooks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers about subscriptions and their delivery log, straight from the tables the subscriptions
 * and the dispatcher keep (they are state, not a projection of events).
 */
@Component
class WebhookLog {

    private final JdbcTemplate jdbc;

    WebhookLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<WebhookView> handle(FindWebhooks query) {
        return jdbc.query("SELECT id, platform_id, url, topics, created_by, created_at FROM webhook_subscription"
                        + " WHERE platform_id = ? AND removed_at IS NULL ORDER BY created_at, id",
                (rs, n) -> new WebhookView(WebhookId.of(rs.getString("id")), PlatformId.of(rs.getString("platform_id")),
                        URI.create(rs.getString("url")), topics(rs.getString("topics")),
                        PersonId.of(rs.getString("created_by")), instant(rs, "created_at")),
                query.platformId().value());
    }

    @QueryHandler
    List<DeliveryView> handle(FindWebhookDeliveries query) {
        return jdbc.query("SELECT d.* FROM webhook_delivery d JOIN webhook_subscription s"
                        + " ON s.id = d.subscription_id AND s.platform_id = ?"
                        + " WHERE d.subscription_id = ? ORDER BY d.created_at DESC, d.id LIMIT ?",
                (rs, n) -> new DeliveryView(rs.getString("id"), rs.getString("event_id"), rs.getString("event_type"),
                        rs.getString("round_id"), rs.getString("status"), rs.getInt("attempts"),
                        instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "delivered_at"),
                        rs.getObject("last_status", Integer.class), rs.getString("last_error"),
                        attempts(rs.getString("id"))),
                query.platformId().value(), query.webhookId().value(), query.limit());
    }

    private List<DeliveryView.Attempt> attempts(String deliveryId) {
        return jdbc.query("SELECT * FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt",
                (rs, n) -> new DeliveryView.Attempt(rs.getInt("attempt"), instant(rs, "attempted_at"),
                        rs.getObject("status_code", Integer.class), rs.getString("error"), rs.getLong("duration_ms"),
                        instant(rs, "next_attempt_at")),
                deliveryId);
    }

    private static Set<WebhookTopic> topics(String stored) {
        return Arrays.stream(stored.split(",")).map(WebhookTopic::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookTopic.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package org.roundtable.publication.query;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of one event to one subscription: {@code id} is its idempotency key; {@code status}
 * is PENDING (retried until acknowledged), DELIVERED or CANCELLED (the subscription was removed).
 */
public record DeliveryView(String id, String eventId, String eventType, String roundId, String status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, Integer lastStatus,
                           String lastError, List<Attempt> attemptLog) {

    /** One attempt: when, the receiver's status code or the error, how long it took, and the next try. */
    public record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMillis,
                          Instant nextAttemptAt) {
    }
}

package org.roundtable.publication.delivery;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * How long to wait after a failed attempt: the configured waits in turn (10 s, 30 s, 2 min, ...),
 * the last one repeating, each lengthened or shortened at random by up to the jitter fraction so
 * that receivers that come back are not hit by every sender at the same instant.
 */
final class RetrySchedule {

    private final List<Duration> waits;
    private final double jitter;
    private final DoubleSupplier random;

    RetrySchedule(List<Duration> waits, double jitter, DoubleSupplier random) {
        this.waits = List.copyOf(waits);
        this.jitter = jitter;
        this.random = random;
    }

    /** The wait after the given failed attempt (1 for the first). */
    Duration after(int failedAttempt) {
        Duration wait = waits.get(Math.min(Math.max(failedAttempt, 1), waits.size()) - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(wait.toMillis() * factor)));
    }
}

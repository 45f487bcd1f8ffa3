package org.roundtable.shared.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gap handling of the relational event store, bound from {@code roundtable.event-store.*}.
 * A gap is a global index that was handed out but whose event is not visible yet: its
 * transaction is still running (it will appear) or was rolled back (it never will). Tracking
 * processors keep looking for each gap until it is older than {@code gapTimeout} or further than
 * {@code maxGapOffset} behind the newest event; after that an event committing into it is never
 * seen by them. See docs/operations.md for the choice of the defaults.
 *
 * @param gapTimeout           how long a gap is waited for; longer than the longest write
 *                             transaction (opening a round with a large electorate)
 * @param maxGapOffset         how far behind the newest index a gap is still waited for
 * @param gapCleaningThreshold number of gaps in a token above which timed-out gaps are removed
 * @param fetchSize            events read per query by a processor catching up (a replay reads the
 *                             whole store this many at a time) and by an aggregate being loaded
 */
@ConfigurationProperties("roundtable.event-store")
public record EventStoreSettings(
        @DefaultValue("10m") Duration gapTimeout,
        @DefaultValue("1000000") int maxGapOffset,
        @DefaultValue("250") int gapCleaningThreshold,
        @DefaultValue("1000") int fetchSize) {

    public EventStoreSettings {
        if (gapTimeout.isNegative() || gapTimeout.isZero() || gapTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("roundtable.event-store.gap-timeout must be positive and under 24 days");
        }
        if (maxGapOffset < 1 || gapCleaningThreshold < 1 || fetchSize < 1) {
            throw new IllegalArgumentException("roundtable.event-store.max-gap-offset, gap-cleaning-threshold and"
                    + " fetch-size must be at least 1");
        }
    }
}

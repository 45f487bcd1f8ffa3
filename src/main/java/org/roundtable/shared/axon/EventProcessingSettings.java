package org.roundtable.shared.axon;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Roundtable's tracking processors run, bound from {@code roundtable.event-processing.*}.
 * Settings of one processor under {@code axon.eventhandling.processors.<name>.*} take precedence
 * for that processor.
 *
 * @param batchSize                events handled in one transaction (and one token update) by a
 *                                 tracking processor that has no settings of its own
 * @param withoutDeadLetters       tracking processing groups that must not get a dead-letter queue:
 *                                 a failure there is logged and the event skipped (at most once)
 * @param deadLetterMaxSequences   parked sequences a group may hold before its processor stops
 *                                 with an error instead of parking more: a systematic bug should
 *                                 halt, not bury a million ballots in the queue
 * @param deadLetterCacheSize      sequence identifiers each processor keeps in memory as parked, so
 *                                 that an event of a sequence not parked is handled without asking
 *                                 the dead-letter table first
 */
@ConfigurationProperties("roundtable.event-processing")
public record EventProcessingSettings(
        @DefaultValue("100") int batchSize,
        @DefaultValue List<String> withoutDeadLetters,
        @DefaultValue("1024") int deadLetterMaxSequences,
        @DefaultValue("1024") int deadLetterCacheSize) {

    public EventProcessingSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("roundtable.event-processing.batch-size must be at least 1");
        }
        if (deadLetterMaxSequences < 1) {
            throw new IllegalArgumentException(
                    "roundtable.event-processing.dead-letter-max-sequences must be at least 1");
        }
        if (deadLetterCacheSize < 1) {
            throw new IllegalArgumentException("roundtable.event-processing.dead-letter-cache-size must be at least 1");
        }
        withoutDeadLetters = List.copyOf(withoutDeadLetters);
    }
}

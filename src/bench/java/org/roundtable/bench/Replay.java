package org.roundtable.bench;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds every read model by replay: stops each streaming processor that supports a reset,
 * resets its tokens, starts them all at once and waits until every one has reached the head of
 * the event store as it stood at the start.
 */
final class Replay {

    /** {@code reached}: events of the stream that every processor had passed when the figure was taken. */
    record Result(List<String> processors, long events, long reached, double seconds, double perSecond,
                  boolean finished) {
    }

    static final long LIMIT_SECONDS = Long.getLong("bench.replayLimit", 300);

    private Replay() {
    }

    static Result run(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?", Long.class,
                head);
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        long start = System.nanoTime();
        processors.forEach(StreamingEventProcessor::start);
        long limit = start + LIMIT_SECONDS * 1_000_000_000L;
        long slowest = 0;
        while ((slowest = slowest(processors)) < head && System.nanoTime() < limit) {
            Scenario.pause(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean finished = slowest >= head;
        long reached = finished ? events : jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index <= ?", Long.class, slowest);
        return new Result(processors.stream().map(StreamingEventProcessor::getName).toList(), events, reached,
                seconds, reached / seconds, finished);
    }

    /** The lowest position any segment of these processors has reached. */
    private static long slowest(List<StreamingEventProcessor> processors) {
        long slowest = Long.MAX_VALUE;
        for (StreamingEventProcessor processor : processors) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.isEmpty()) {
                return -1;
            }
            for (EventTrackerStatus segment : status.values()) {
                slowest = Math.min(slowest, segment.getCurrentPosition().orElse(-1));
            }
        }
        return slowest;
    }
}

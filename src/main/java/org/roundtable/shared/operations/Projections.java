package org.roundtable.shared.operations;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.roundtable.shared.DomainException;
import org.springframework.stereotype.Component;

/** The event processors of this node: their state, and rebuilding a projection by replay. */
@Component
class Projections {

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    Projections(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    /** One processor as an operator sees it; {@code segments} is empty for a subscribing one. */
    record ProcessorView(String name, boolean streaming, boolean running, boolean error, boolean replaying,
                         boolean replayable, List<SegmentView> segments) {
    }

    /** One segment claimed by this node: where it stands in the event stream. */
    record SegmentView(int segment, boolean caughtUp, boolean replaying, Long position, String error) {
    }

    List<ProcessorView> all() {
        return processing.eventProcessors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> view(entry.getKey(), entry.getValue()))
                .toList();
    }

    ProcessorView one(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (processor == null) {
            throw new DomainException.NotFound("There is no event processor '" + name + "'.");
        }
        return view(name, processor);
    }

    /**
     * Rebuilds a projection from the whole history: stops the processor on this node, resets its
     * tokens (its reset handlers empty its tables), drops its dead letters (the replay handles those
     * events again) and starts it. Handlers marked {@code @DisallowReplay} are skipped while it
     * catches up.
     */
    void replay(String name) {
        one(name);
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new DomainException.Conflict("'" + name + "' is subscribing: it keeps write-side"
                        + " tables in the command's transaction and cannot be replayed."));
        if (!processor.supportsReset()) {
            throw new DomainException.Conflict("'" + name + "' only has handlers that must not run twice"
                    + " (reactions marked @DisallowReplay): there is nothing to rebuild.");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
            processing.deadLetterQueue(name).ifPresent(queue -> transactions.executeInTransaction(queue::clear));
        } catch (UnableToClaimTokenException e) {
            throw new DomainException.Conflict("Another node still processes part of '" + name + "'. Stop '"
                    + name + "' on every other node (or stop those nodes), then replay again.");
        } finally {
            processor.start();
        }
    }

    private static ProcessorView view(String name, EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorView(name, false, processor.isRunning(), processor.isError(), false, false, List.of());
        }
        List<SegmentView> segments = streaming.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(Projections::segment)
                .toList();
        return new ProcessorView(name, true, streaming.isRunning(), streaming.isError(), streaming.isReplaying(),
                streaming.supportsReset(), segments);
    }

    private static SegmentView segment(EventTrackerStatus status) {
        return new SegmentView(status.getSegment().getSegmentId(), status.isCaughtUp(), status.isReplaying(),
                status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null,
                status.getError() == null ? null : status.getError().toString());
    }
}

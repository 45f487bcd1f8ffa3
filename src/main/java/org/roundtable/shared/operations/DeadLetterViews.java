package org.roundtable.shared.operations;

import java.time.Instant;
import java.util.List;

/** What an operator sees of the dead-letter queues. */
public final class DeadLetterViews {

    private DeadLetterViews() {
    }

    /** One processing group's queue in numbers. */
    public record GroupSummary(String group, long sequences, long letters) {
    }

    /** One group's parked sequences, oldest first, at most {@code limit} of them. */
    public record GroupView(String group, long sequences, long letters, List<SequenceView> parked) {
    }

    /** Events of one sequence (one aggregate) waiting behind its first failed event, in order. */
    public record SequenceView(String sequence, List<LetterView> letters) {
    }

    /**
     * One parked event: what it is, when it was parked and last tried, and why it failed
     * ({@code causeType} is empty for events parked only because an earlier one of their sequence is).
     */
    public record LetterView(String id, String sequence, long index, String eventType, String eventId,
                             String aggregateId, Long aggregateSequence, Instant enqueuedAt, Instant lastTouched,
                             String causeType, String causeMessage) {
    }
}

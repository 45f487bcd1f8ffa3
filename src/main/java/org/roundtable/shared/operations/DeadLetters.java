package org.roundtable.shared.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.operations.DeadLetterViews.GroupSummary;
import org.roundtable.shared.operations.DeadLetterViews.GroupView;
import org.roundtable.shared.operations.DeadLetterViews.LetterView;
import org.roundtable.shared.operations.DeadLetterViews.SequenceView;
import org.springframework.stereotype.Component;

/** The dead-letter queues of all processing groups: list, retry the oldest sequence, evict one letter. */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    List<GroupSummary> summaries() {
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(group -> processing.deadLetterQueue(group).stream()
                        .map(queue -> transactions.fetchInTransaction(
                                () -> new GroupSummary(group, queue.amountOfSequences(), queue.size()))))
                .toList();
    }

    GroupView group(String group, int limit) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        return transactions.fetchInTransaction(() -> {
            List<SequenceView> sequences = parked(queue).stream().limit(limit).toList();
            return new GroupView(group, queue.amountOfSequences(), queue.size(), sequences);
        });
    }

    /**
     * Handles the sequence whose first event was parked longest ago once more, in order, until an
     * event fails again. Refused with a conflict, naming the cause, when an event fails again.
     */
    void retryOldest(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new DomainException.NotFound("'" + group + "' has no dead-letter queue."));
        LetterView oldest = transactions.fetchInTransaction(() -> parked(queue).stream()
                        .map(sequence -> sequence.letters().get(0))
                        .min(Comparator.comparing(LetterView::enqueuedAt)))
                .orElseThrow(() -> new DomainException.NotFound("No event of '" + group + "' is parked."));
        boolean done = processor.process(letter -> letter instanceof JpaDeadLetter<?> jpa
                && jpa.getId().equals(oldest.id()));
        if (!done) {
            Optional<LetterView> still = transactions.fetchInTransaction(() -> parked(queue).stream()
                    .filter(sequence -> sequence.sequence().equals(oldest.sequence()))
                    .map(sequence -> sequence.letters().get(0)).findFirst());
            throw new DomainException.Conflict(still
                    .map(letter -> "Handling event " + letter.eventId() + " (" + letter.eventType() + ") failed again: "
                            + letter.causeType() + ": " + letter.causeMessage() + " It stays parked; fix the cause"
                            + " and retry, or evict it.")
                    .orElse("The oldest parked sequence of '" + group + "' is being retried elsewhere; try again."));
        }
    }

    void evict(String group, String letterId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        transactions.executeInTransaction(() -> {
            DeadLetter<? extends EventMessage<?>> letter = letters(queue).stream()
                    .filter(candidate -> candidate instanceof JpaDeadLetter<?> jpa && jpa.getId().equals(letterId))
                    .findFirst()
                    .orElseThrow(() -> new DomainException.NotFound(
                            "No dead letter '" + letterId + "' is parked in '" + group + "'."));
            queue.evict(letter);
        });
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!processing.eventProcessors().containsKey(group)) {
            throw new DomainException.NotFound("There is no event processor '" + group + "'.");
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new DomainException.NotFound(
                "'" + group + "' has no dead-letter queue: it is subscribing or excluded from dead-lettering."));
    }

    private static List<DeadLetter<? extends EventMessage<?>>> letters(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<DeadLetter<? extends EventMessage<?>>> all = new ArrayList<>();
        queue.deadLetters().forEach(sequence -> sequence.forEach(all::add));
        return all;
    }

    private static List<SequenceView> parked(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<SequenceView> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<LetterView> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(view(letter)));
            if (!letters.isEmpty()) {
                sequences.add(new SequenceView(letters.get(0).sequence(), letters));
            }
        }
        sequences.sort(Comparator.comparing(sequence -> sequence.letters().get(0).enqueuedAt()));
        return sequences;
    }

    private static LetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        JpaDeadLetter<?> jpa = letter instanceof JpaDeadLetter<?> stored ? stored : null;
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> fact ? fact : null;
        return new LetterView(jpa == null ? event.getIdentifier() : jpa.getId(),
                jpa == null ? "" : jpa.getSequenceIdentifier(), jpa == null ? 0 : jpa.getIndex(),
                event.getPayloadType().getName(), event.getIdentifier(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(""), letter.cause().map(Cause::message).orElse(""));
    }
}

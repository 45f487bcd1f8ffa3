package org.roundtable.shared.axon;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which also wakes its waiting readers when events were appended
 * beside it ({@link AppendedEventsNotice}), exactly as it does after its own commits.
 */
class NoticedEmbeddedEventStore extends EmbeddedEventStore implements AppendedEventsNotice {

    NoticedEmbeddedEventStore(Builder builder) {
        super(builder);
    }

    @Override
    public void eventsAppended() {
        afterCommit(List.of());
    }
}

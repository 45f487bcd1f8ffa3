package org.roundtable.vote.command.batch;

import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends ballot events to Axon's {@code domain_event_entry} table in one JDBC batch. Each row is
 * serialized by Axon's own entry class with the event serializer, so it reads back exactly like an
 * event the aggregate stored; the global index comes from the same sequence, one number per row.
 * The unique (aggregate, sequence) key still refuses a second event at the same place in a stream.
 */
@Component
@ConditionalOnProperty(name = "roundtable.vote.batch.enabled", havingValue = "true", matchIfMissing = true)
class VoteEventRows {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private volatile String insert;

    VoteEventRows(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    void append(List<? extends DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(insert(), events, events.size(), (ps, event) -> {
            DomainEventEntry entry = new DomainEventEntry(event, serializer);
            ps.setString(1, entry.getEventIdentifier());
            ps.setBytes(2, entry.getMetaData().getData());
            ps.setBytes(3, entry.getPayload().getData());
            ps.setString(4, entry.getPayload().getType().getRevision());
            ps.setString(5, entry.getPayload().getType().getName());
            ps.setString(6, DateTimeUtils.formatInstant(event.getTimestamp()));
            ps.setString(7, entry.getAggregateIdentifier());
            ps.setLong(8, entry.getSequenceNumber());
            ps.setString(9, entry.getType());
        });
    }

    private String insert() {
        if (insert == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            String nextIndex = "H2".equalsIgnoreCase(product)
                    ? "next value for domain_event_entry_seq" : "nextval('domain_event_entry_seq')";
            insert = "insert into domain_event_entry (global_index, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                    + " values (" + nextIndex + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }
        return insert;
    }
}

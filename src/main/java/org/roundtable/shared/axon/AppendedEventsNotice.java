package org.roundtable.shared.axon;

/**
 * Tells the event store's readers that events were appended to the relational event store outside
 * Axon's own publishing (the group commit of ballots writes its rows with JDBC). Without the notice
 * tracking processors would find those events only at their next poll, up to a second later.
 */
public interface AppendedEventsNotice {

    /** Called after the transaction that appended the events has committed. */
    void eventsAppended();
}

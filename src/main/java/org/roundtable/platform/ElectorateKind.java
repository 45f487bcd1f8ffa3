package org.roundtable.platform;

/** Who votes in a round: the worker-side representatives on the roster, or every registered worker. */
public enum ElectorateKind {
    REPRESENTATIVES,
    ALL_WORKERS
}

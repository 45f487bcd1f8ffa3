package org.roundtable.round;

/** How a vote ended. */
public enum Outcome {
    ADOPTED,
    REJECTED,
    NO_QUORUM
}

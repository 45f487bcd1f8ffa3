package org.roundtable.complaint;

/** What the platform decided about a complaint, in its answer or after a human review. */
public enum ComplaintOutcome {
    /** The complaint is justified: the decision is reversed. */
    UPHELD,
    /** The decision stands. */
    NOT_UPHELD
}

package org.roundtable.oversight;

/** The worker side's evaluation of a review: keep the rule as it is, or ask to negotiate it again. */
public enum ReviewDecision {
    KEEP,
    RENEGOTIATE
}

package org.roundtable.complaint;

/** Why a complaint went to the union. */
public enum EscalationReason {
    /** The worker disputes the platform's answer. */
    DISPUTED,
    /** The platform did not answer in time. */
    UNANSWERED
}

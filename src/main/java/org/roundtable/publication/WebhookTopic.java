package org.roundtable.publication;

/** What a webhook subscription asks to be told about. */
public enum WebhookTopic {
    /** A round's outcome was published to the workers and the public. */
    OUTCOME_PUBLISHED,
    /**
     * A round moved to another phase: opened, comment period started, negotiation started, voting
     * opened, voting closed, outcome published, cancelled.
     */
    PHASE_CHANGED
}

package org.roundtable.round;

/** Where a consultation round stands. */
public enum Phase {
    /** The worker side asked in writing for a consultation; the platform must answer within 20 days. */
    REQUESTED,
    /** Opened on a proposal with a frozen electorate and a schedule; comments not yet open. */
    ANNOUNCED,
    /** Anyone of the platform's workers and representatives may give opinions. */
    COMMENTING,
    /** Amendments, revisions and meetings. Talks may be suspended here by both chiefs. */
    NEGOTIATING,
    /** The frozen electorate votes on the locked revision. */
    VOTING,
    /** Voting has closed and the outcome is determined. */
    CLOSED,
    /** The outcome has been published to the workers and the public. */
    PUBLISHED,
    /** The round ended without a vote (for example, the proposal was withdrawn). */
    CANCELLED
}

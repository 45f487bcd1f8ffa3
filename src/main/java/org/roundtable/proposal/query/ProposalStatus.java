package org.roundtable.proposal.query;

/** Where a proposal stands, as readers see it. */
public enum ProposalStatus {
    /** Drafted by platform HR, not submitted yet; only its platform's HR sees it. */
    DRAFT,
    /** Submitted (revision 1 or later), not under an active round. */
    SUBMITTED,
    /** Under consultation in a round; it may still be revised. */
    UNDER_CONSULTATION,
    /** Voting has opened: the current revision is the text voted on. */
    LOCKED_FOR_VOTE,
    /** Withdrawn by platform HR before voting. */
    WITHDRAWN
}

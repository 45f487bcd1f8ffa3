package org.roundtable.complaint.query;

/** Where a complaint stands, as its latest step says. */
public enum ComplaintStatus {
    AWAITING_ANSWER,
    ANSWERED,
    HUMAN_REVIEW_REQUESTED,
    HUMAN_REVIEWED,
    WITH_THE_UNION,
    WITHDRAWN
}

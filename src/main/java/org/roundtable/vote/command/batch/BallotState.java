package org.roundtable.vote.command.batch;

/**
 * What a writer knows of one ballot stream before appending to it: the sequence number of its last
 * event (-1 for a stream not yet begun) and the receipt that a new ballot replaces (null for none).
 */
record BallotState(long lastSequence, String receipt) {

    static final BallotState NONE = new BallotState(-1, null);

    boolean begun() {
        return lastSequence >= 0;
    }

    BallotState next(String newReceipt) {
        return new BallotState(lastSequence + 1, newReceipt);
    }
}

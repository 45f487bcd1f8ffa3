package org.roundtable.vote.web;

/** What a voter gets back for a ballot: its receipt, and the receipt it replaced (null for a first one). */
record BallotReceipt(String receipt, String replacedReceipt) {

    /** Never the receipt: debug logs print response bodies next to the user, and receipts are published with choices. */
    @Override
    public String toString() {
        return "BallotReceipt[hidden]";
    }
}

package org.roundtable.vote.web;

/** What a voter gets back for a ballot: its receipt, and the receipt it replaced (null for a first one). */
record BallotReceipt(String receipt, String replacedReceipt) {
}

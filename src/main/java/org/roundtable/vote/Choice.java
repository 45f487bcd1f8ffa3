package org.roundtable.vote;

/** What a voter chose. */
public enum Choice {
    FOR,
    AGAINST,
    ABSTAIN
}

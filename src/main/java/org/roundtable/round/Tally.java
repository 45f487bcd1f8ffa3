package org.roundtable.round;

/** The count of a closed vote: every counted ballot is for, against or abstain. */
public record Tally(long electorate, long forVotes, long against, long abstain) {

    public Tally {
        if (electorate < 0 || forVotes < 0 || against < 0 || abstain < 0) {
            throw new IllegalArgumentException("a tally cannot hold negative counts");
        }
        if (forVotes + against + abstain > electorate) {
            throw new IllegalArgumentException("a tally cannot count more ballots than the electorate has voters");
        }
    }

    public long ballots() {
        return forVotes + against + abstain;
    }
}

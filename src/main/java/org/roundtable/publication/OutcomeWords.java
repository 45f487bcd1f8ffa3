package org.roundtable.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.Outcome;
import org.roundtable.round.Tally;

/** A published outcome in plain words, for feeds and notifications that workers read. */
public final class OutcomeWords {

    private OutcomeWords() {
    }

    public static String outcome(Outcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "Adopted";
            case REJECTED -> "Rejected";
            case NO_QUORUM -> "No quorum";
        };
    }

    /** "Adopted: Storm pay". */
    public static String title(Outcome outcome, String proposalTitle) {
        return outcome(outcome) + ": " + proposalTitle;
    }

    /** The tally in words: "Of 3 voters, 3 took part: 2 for, none against, 1 abstained." */
    public static String tally(Tally tally) {
        return "Of " + count(tally.electorate(), "voter") + ", " + tally.ballots() + " took part: "
                + number(tally.forVotes()) + " for, " + number(tally.against()) + " against, "
                + number(tally.abstain()) + " abstained.";
    }

    /** The whole outcome in a few sentences: result, tally, and what changes when. */
    public static String summary(Outcome outcome, Tally tally, int revision, List<ParameterChange> changes,
                                 LocalDate effectiveDate) {
        StringBuilder words = new StringBuilder(outcome(outcome));
        if (outcome == Outcome.NO_QUORUM) {
            words.append(": too few voters took part for the vote to count");
        }
        words.append(". ").append(tally(tally)).append(" The text voted on was revision ").append(revision).append('.');
        if (outcome == Outcome.ADOPTED) {
            if (!changes.isEmpty()) {
                words.append(" Changes: ").append(changes(changes)).append('.');
            }
            if (effectiveDate != null) {
                words.append(" In force from ").append(effectiveDate).append('.');
            }
        } else {
            words.append(" The proposed changes do not take effect.");
        }
        return words.toString();
    }

    static String changes(List<ParameterChange> changes) {
        return changes.stream()
                .map(change -> change.parameter() + " from " + change.currentValue() + " to " + change.proposedValue()
                        + (change.unit().isBlank() ? "" : " " + change.unit()))
                .collect(Collectors.joining("; "));
    }

    private static String number(long n) {
        return n == 0 ? "none" : Long.toString(n);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package org.roundtable.round;

/**
 * The rule that turns a tally into an outcome (Collective Contract Provisions art. 36): enough of
 * the whole electorate must cast a ballot (attendance), and enough of the whole electorate — not of
 * those present — must vote for (approval).
 */
public record VoteRule(Threshold attendance, Threshold approval) {

    /** At least two thirds attend; more than half of all approve. */
    public static final VoteRule STATUTORY = new VoteRule(Threshold.atLeast(2, 3), Threshold.moreThan(1, 2));

    public VoteRule {
        if (attendance == null || approval == null) {
            throw new IllegalArgumentException("a vote rule needs an attendance and an approval threshold");
        }
    }

    public Decision decide(Tally tally) {
        long electorate = tally.electorate();
        long ballotsNeeded = attendance.smallestCountMeeting(electorate);
        long forNeeded = approval.smallestCountMeeting(electorate);
        Outcome outcome;
        if (electorate == 0 || !attendance.isMetBy(tally.ballots(), electorate)) {
            outcome = Outcome.NO_QUORUM;
        } else if (approval.isMetBy(tally.forVotes(), electorate)) {
            outcome = Outcome.ADOPTED;
        } else {
            outcome = Outcome.REJECTED;
        }
        return new Decision(outcome, ballotsNeeded, forNeeded);
    }

    /** The outcome with the smallest numbers of ballots and of votes for that the rule required. */
    public record Decision(Outcome outcome, long ballotsNeeded, long forNeeded) {
    }
}

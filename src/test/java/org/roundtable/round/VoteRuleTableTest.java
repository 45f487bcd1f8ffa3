package org.roundtable.round;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundtable.round.Threshold.Comparison;

/**
 * The vote rule arithmetic at its boundaries (Collective Contract Provisions art. 36). Every
 * electorate size from 1 to 1,000 is checked against an oracle that only counts upward with
 * additions, so it shares no arithmetic with the code under test.
 */
class VoteRuleTableTest {

    private static final int LARGEST_ELECTORATE = 1_000;

    /** The oracle: c/electorate compared with num/den, as c*den and num*electorate built by adding. */
    private static boolean oracleMeets(long count, long electorate, long numerator, long denominator,
                                       Comparison comparison) {
        long left = 0;
        for (long i = 0; i < count; i++) {
            left += denominator;
        }
        long right = 0;
        for (long i = 0; i < electorate; i++) {
            right += numerator;
        }
        return comparison == Comparison.AT_LEAST ? left >= right : left > right;
    }

    /** The oracle's smallest count: walk upward from zero until the threshold is met (or past the electorate). */
    private static long oracleSmallestCount(long electorate, long numerator, long denominator, Comparison comparison) {
        long count = 0;
        while (count <= electorate && !oracleMeets(count, electorate, numerator, denominator, comparison)) {
            count++;
        }
        return count;
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @CsvSource({
            "AT_LEAST, 2, 3",
            "MORE_THAN, 2, 3",
            "AT_LEAST, 1, 2",
            "MORE_THAN, 1, 2"})
    void smallestCountAndIsMetByAgreeWithCountingUpwardForEveryElectorateUpToAThousand(
            Comparison comparison, long numerator, long denominator) {
        Threshold threshold = new Threshold(numerator, denominator, comparison);
        for (long electorate = 1; electorate <= LARGEST_ELECTORATE; electorate++) {
            long expected = oracleSmallestCount(electorate, numerator, denominator, comparison);
            assertThat(threshold.smallestCountMeeting(electorate))
                    .as("smallest count for %s of %d", threshold, electorate)
                    .isEqualTo(expected);
            assertThat(threshold.isMetBy(expected, electorate)).as("%d of %d", expected, electorate).isTrue();
            if (expected > 0) {
                assertThat(threshold.isMetBy(expected - 1, electorate))
                        .as("%d of %d", expected - 1, electorate).isFalse();
            }
        }
    }

    @Test
    void exactlyTwoThirdsAttendingMeetsAtLeastButNotMoreThan() {
        for (long electorate = 3; electorate <= LARGEST_ELECTORATE; electorate += 3) {
            long twoThirds = electorate / 3 * 2;
            assertThat(Threshold.atLeast(2, 3).isMetBy(twoThirds, electorate)).isTrue();
            assertThat(Threshold.moreThan(2, 3).isMetBy(twoThirds, electorate)).isFalse();
            assertThat(Threshold.moreThan(2, 3).isMetBy(twoThirds + 1, electorate)).isTrue();
        }
    }

    @Test
    void exactlyHalfApprovingMeetsAtLeastButNotMoreThan() {
        for (long electorate = 2; electorate <= LARGEST_ELECTORATE; electorate += 2) {
            long half = electorate / 2;
            assertThat(Threshold.atLeast(1, 2).isMetBy(half, electorate)).isTrue();
            assertThat(Threshold.moreThan(1, 2).isMetBy(half, electorate)).isFalse();
            assertThat(Threshold.moreThan(1, 2).isMetBy(half + 1, electorate)).isTrue();
        }
    }

    @Test
    void theStatutoryRuleDecidesEveryElectorateAtItsBoundaries() {
        VoteRule rule = VoteRule.STATUTORY;
        for (long electorate = 1; electorate <= LARGEST_ELECTORATE; electorate++) {
            long ballotsNeeded = oracleSmallestCount(electorate, 2, 3, Comparison.AT_LEAST);
            long forNeeded = oracleSmallestCount(electorate, 1, 2, Comparison.MORE_THAN);
            long ballots = Math.max(ballotsNeeded, forNeeded);

            VoteRule.Decision adopted = rule.decide(new Tally(electorate, forNeeded, ballots - forNeeded, 0));
            assertThat(adopted).as("electorate %d", electorate)
                    .isEqualTo(new VoteRule.Decision(Outcome.ADOPTED, ballotsNeeded, forNeeded));

            VoteRule.Decision rejected = rule.decide(new Tally(electorate, forNeeded - 1, ballots - forNeeded, 1));
            assertThat(rejected.outcome()).as("electorate %d one vote for short", electorate)
                    .isEqualTo(Outcome.REJECTED);

            long forOnly = ballotsNeeded - 1;
            VoteRule.Decision noQuorum = rule.decide(new Tally(electorate, forOnly, 0, 0));
            assertThat(noQuorum.outcome()).as("electorate %d one ballot short", electorate)
                    .isEqualTo(Outcome.NO_QUORUM);
        }
    }

    @Test
    void anEmptyElectorateHasNoQuorumEvenThoughNothingIsMissing() {
        VoteRule.Decision decision = VoteRule.STATUTORY.decide(new Tally(0, 0, 0, 0));

        assertThat(decision.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(decision.ballotsNeeded()).isZero();
        assertThat(decision.forNeeded()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} voters, {1} for, {2} against, {3} abstain, approval {4}: {5};"
            + " {6} ballots and {7} for needed")
    @CsvSource({
            // electorate, for, against, abstain, approval comparison, outcome, ballots needed, for needed
            "9,  5, 1, 0, MORE_THAN, ADOPTED,   6, 5",
            "9,  5, 0, 0, MORE_THAN, NO_QUORUM, 6, 5",
            "9,  4, 2, 0, MORE_THAN, REJECTED,  6, 5",
            "9,  0, 0, 6, MORE_THAN, REJECTED,  6, 5",
            "10, 5, 2, 0, MORE_THAN, REJECTED,  7, 6",
            "10, 5, 2, 0, AT_LEAST,  ADOPTED,   7, 5",
            "10, 6, 0, 0, MORE_THAN, NO_QUORUM, 7, 6",
            "3,  2, 0, 0, MORE_THAN, ADOPTED,   2, 2",
            "3,  1, 1, 0, MORE_THAN, REJECTED,  2, 2",
            "1,  1, 0, 0, MORE_THAN, ADOPTED,   1, 1",
            "1,  0, 0, 1, MORE_THAN, REJECTED,  1, 1",
            "1,  0, 0, 0, MORE_THAN, NO_QUORUM, 1, 1",
            "2,  1, 1, 0, AT_LEAST,  ADOPTED,   2, 1",
            "2,  1, 0, 0, AT_LEAST,  NO_QUORUM, 2, 1",
            "1000, 501, 166, 0, MORE_THAN, ADOPTED, 667, 501",
            "1000, 500, 167, 0, MORE_THAN, REJECTED, 667, 501",
            "1000, 500, 166, 0, AT_LEAST, NO_QUORUM, 667, 500"})
    void decidesTheMinimalCounts(long electorate, long forVotes, long against, long abstain,
                                 Comparison approval, Outcome outcome, long ballotsNeeded, long forNeeded) {
        VoteRule rule = new VoteRule(Threshold.atLeast(2, 3), new Threshold(1, 2, approval));

        VoteRule.Decision decision = rule.decide(new Tally(electorate, forVotes, against, abstain));

        assertThat(decision).isEqualTo(new VoteRule.Decision(outcome, ballotsNeeded, forNeeded));
    }

    @Test
    void describesItselfInWords() {
        assertThat(VoteRule.STATUTORY.attendance()).hasToString("at least 2/3");
        assertThat(VoteRule.STATUTORY.approval()).hasToString("more than 1/2");
    }
}

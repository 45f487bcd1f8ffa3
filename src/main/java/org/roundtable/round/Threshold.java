package org.roundtable.round;

/**
 * An exact fraction of the whole electorate that a count must reach: "at least 2/3" or
 * "more than 1/2". Arithmetic is done in whole numbers, never in floating point.
 */
public record Threshold(long numerator, long denominator, Comparison comparison) {

    public enum Comparison {
        AT_LEAST,
        MORE_THAN
    }

    public Threshold {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "a threshold must be a fraction between 0 and 1, got " + numerator + "/" + denominator);
        }
        if (comparison == null) {
            throw new IllegalArgumentException("a threshold must say 'at least' or 'more than'");
        }
    }

    public static Threshold atLeast(long numerator, long denominator) {
        return new Threshold(numerator, denominator, Comparison.AT_LEAST);
    }

    public static Threshold moreThan(long numerator, long denominator) {
        return new Threshold(numerator, denominator, Comparison.MORE_THAN);
    }

    /** Whether {@code count} out of {@code electorate} meets the threshold. */
    public boolean isMetBy(long count, long electorate) {
        long left = Math.multiplyExact(count, denominator);
        long right = Math.multiplyExact(numerator, electorate);
        return comparison == Comparison.AT_LEAST ? left >= right : left > right;
    }

    /** The smallest count out of {@code electorate} that meets the threshold. */
    public long smallestCountMeeting(long electorate) {
        long product = Math.multiplyExact(numerator, electorate);
        long floor = product / denominator;
        if (comparison == Comparison.MORE_THAN) {
            return floor + 1;
        }
        return product % denominator == 0 ? floor : floor + 1;
    }

    @Override
    public String toString() {
        return (comparison == Comparison.AT_LEAST ? "at least " : "more than ") + numerator + "/" + denominator;
    }
}

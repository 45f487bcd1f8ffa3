package org.roundtable.preview;

import java.util.Arrays;

/**
 * How values spread: the 10th percentile, the median and the 90th percentile (linear interpolation
 * between the closest ranks), the mean and the extremes, each rounded to two decimals.
 */
public record Distribution(double p10, double median, double p90, double mean, double min, double max) {

    public static Distribution of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a distribution needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double value : sorted) {
            sum += value;
        }
        return new Distribution(round(percentile(sorted, 0.10)), round(percentile(sorted, 0.50)),
                round(percentile(sorted, 0.90)), round(sum / sorted.length), round(sorted[0]),
                round(sorted[sorted.length - 1]));
    }

    /** The value at {@code share} of the way from the smallest to the largest of sorted values. */
    static double percentile(double[] sorted, double share) {
        double position = share * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static double round(double value) {
        return Numbers.round(value, 2);
    }
}

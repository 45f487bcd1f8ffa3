package org.roundtable.preview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution a preview charts, in {@link #BINS} equal bins from {@code low} to {@code high}:
 * pay per hour of work (pricing) or slack minutes per order (delivery time), as the number of
 * orders in each bin before and after. The range runs from the 1st to the 99th percentile of both
 * sides together; orders outside it count in the first or the last bin.
 */
public record PreviewHistogram(double low, double high, List<Integer> before, List<Integer> after) {

    public static final int BINS = 20;

    public PreviewHistogram {
        if (!(high > low) || before == null || after == null || before.size() != BINS || after.size() != BINS) {
            throw new IllegalArgumentException("a histogram has " + BINS + " bins before and after over a range");
        }
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.stream().anyMatch(count -> count < 0) || after.stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("a histogram counts orders, never fewer than none");
        }
    }

    /** Bins both sides over the range of their 1st to 99th percentile. */
    public static PreviewHistogram of(double[] before, double[] after) {
        double[] all = new double[before.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(after, 0, all, before.length, after.length);
        Arrays.sort(all);
        double low = all.length == 0 ? 0 : Numbers.round(Distribution.percentile(all, 0.01), 2);
        double high = all.length == 0 ? 1 : Numbers.round(Distribution.percentile(all, 0.99), 2);
        if (high - low < 0.01) {
            high = low + 1;
        }
        return new PreviewHistogram(low, high, counts(before, low, high), counts(after, low, high));
    }

    static List<Integer> counts(double[] values, double low, double high) {
        int[] counts = new int[BINS];
        for (double value : values) {
            int bin = (int) Math.floor((value - low) / (high - low) * BINS);
            counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        List<Integer> list = new ArrayList<>(BINS);
        for (int count : counts) {
            list.add(count);
        }
        return list;
    }

    public int orders() {
        return before.stream().mapToInt(Integer::intValue).sum();
    }

    /** Where bin {@code bin} starts. */
    public double from(int bin) {
        return low + (high - low) * bin / BINS;
    }

    /** The share of orders in bin {@code bin} before the change. */
    public double shareBefore(int bin) {
        return share(before, bin);
    }

    public double shareAfter(int bin) {
        return share(after, bin);
    }

    private static double share(List<Integer> counts, int bin) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : (double) counts.get(bin) / total;
    }
}

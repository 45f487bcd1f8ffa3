package org.roundtable.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Medians of runs and percentiles of latencies. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The p-th percentile (0..100) of nanosecond latencies, in milliseconds (nearest rank). */
    static double percentileMillis(long[] nanos, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1_000_000.0;
    }

    /** A growable array of longs. */
    static final class Longs {
        long[] values = new long[1024];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(Longs other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }
    }
}

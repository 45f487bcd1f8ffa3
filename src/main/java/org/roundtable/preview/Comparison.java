package org.roundtable.preview;

/**
 * One measure before and after a change: both distributions, how the median and the percentiles
 * move, the distribution of each order's own change, and the shares of orders that go up or down.
 */
public record Comparison(Distribution before, Distribution after, double medianMove, double p10Move, double p90Move,
                         Distribution perOrderChange, double shareUp, double shareDown) {

    /** Changes smaller than this are no change (float noise, a thousandth of a cent or minute). */
    static final double NOISE = 1e-5;

    public static Comparison of(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("before and after must measure the same orders");
        }
        double[] change = new double[before.length];
        int up = 0;
        int down = 0;
        for (int i = 0; i < before.length; i++) {
            change[i] = after[i] - before[i];
            if (change[i] > NOISE) {
                up++;
            } else if (change[i] < -NOISE) {
                down++;
            }
        }
        Distribution from = Distribution.of(before);
        Distribution to = Distribution.of(after);
        return new Comparison(from, to, Numbers.round(to.median() - from.median(), 2),
                Numbers.round(to.p10() - from.p10(), 2), Numbers.round(to.p90() - from.p90(), 2),
                Distribution.of(change), share(up, before.length), share(down, before.length));
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : Numbers.round((double) part / whole, 4);
    }
}

package org.roundtable.preview;

import java.util.Arrays;

/**
 * A sample of real orders in primitive arrays, so that a hundred thousand of them take a few
 * megabytes and evaluate in milliseconds. Built by {@link OrderSampleParser} or {@link Builder}.
 */
public final class OrderSample {

    private final int size;
    private final double[] distanceKm;
    private final double[] durationMinutes;
    private final byte[] hourOfDay;
    private final byte[] weather;
    private final boolean[] hardAccess;

    private OrderSample(Builder builder) {
        size = builder.size;
        distanceKm = Arrays.copyOf(builder.distanceKm, size);
        durationMinutes = Arrays.copyOf(builder.durationMinutes, size);
        hourOfDay = Arrays.copyOf(builder.hourOfDay, size);
        weather = Arrays.copyOf(builder.weather, size);
        hardAccess = Arrays.copyOf(builder.hardAccess, size);
    }

    public int size() {
        return size;
    }

    public double distanceKm(int order) {
        return distanceKm[order];
    }

    public double durationMinutes(int order) {
        return durationMinutes[order];
    }

    public int hourOfDay(int order) {
        return hourOfDay[order];
    }

    public Weather weather(int order) {
        return Weather.ofOrdinal(weather[order]);
    }

    public boolean hardAccess(int order) {
        return hardAccess[order];
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects orders one by one into growing arrays. */
    public static final class Builder {

        private int size;
        private double[] distanceKm = new double[1024];
        private double[] durationMinutes = new double[1024];
        private byte[] hourOfDay = new byte[1024];
        private byte[] weather = new byte[1024];
        private boolean[] hardAccess = new boolean[1024];

        private Builder() {
        }

        public Builder add(double km, double minutes, int hour, Weather weatherOfOrder, boolean hard) {
            if (size == distanceKm.length) {
                int capacity = size * 2;
                distanceKm = Arrays.copyOf(distanceKm, capacity);
                durationMinutes = Arrays.copyOf(durationMinutes, capacity);
                hourOfDay = Arrays.copyOf(hourOfDay, capacity);
                weather = Arrays.copyOf(weather, capacity);
                hardAccess = Arrays.copyOf(hardAccess, capacity);
            }
            distanceKm[size] = km;
            durationMinutes[size] = minutes;
            hourOfDay[size] = (byte) hour;
            weather[size] = (byte) weatherOfOrder.ordinal();
            hardAccess[size] = hard;
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        public OrderSample build() {
            return new OrderSample(this);
        }
    }
}

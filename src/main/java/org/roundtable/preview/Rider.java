package org.roundtable.preview;

/**
 * What a dispatch rule knows about one rider when an order comes in: the distance to the
 * pick-up, the rating (0 to 5), the minutes waited since the last order, the share of orders
 * delivered on time (0 to 1), the orders taken today and the orders in hand right now.
 */
public record Rider(double distanceKm, double rating, double idleMinutes, double onTimeRate, int ordersToday,
                    int ordersInHand) {

    public Rider {
        if (distanceKm < 0 || rating < 0 || rating > 5 || idleMinutes < 0 || onTimeRate < 0 || onTimeRate > 1
                || ordersToday < 0 || ordersInHand < 0) {
            throw new IllegalArgumentException("a rider's distance, rating (0–5), idle minutes, on-time rate (0–1)"
                    + " and order counts must be in range");
        }
    }
}

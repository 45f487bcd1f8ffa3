package org.roundtable.preview;

/**
 * What a dispatch rule weighs when it ranks the riders who may take an order. Each criterion
 * turns one fact about a rider into a score from 0 (worst) to 1 (best); the rule's weights say how
 * much each score counts.
 */
public enum DispatchCriterion {
    /** Closer is better: 1 at the pick-up, 0 at the edge of the acceptance radius. */
    DISTANCE("weight_distance", "distance to the pick-up", "到取餐点的距离"),
    /** A higher rating is better: the rating out of 5. */
    RATING("weight_rating", "rating", "评分"),
    /** A longer wait without an order is better, up to an hour: minutes idle ÷ 60, at most 1. */
    IDLE_TIME("weight_idle_time", "time waiting without an order", "空闲等单时长"),
    /** A better on-time rate is better: the share of orders delivered on time. */
    ON_TIME_RATE("weight_on_time_rate", "on-time rate", "准时率"),
    /** Fewer orders today is better: 1 − orders today ÷ 40, at least 0. */
    FAIRNESS("weight_fairness", "fewer orders today (fairness)", "当日接单较少者优先（公平）");

    static final double IDLE_MINUTES_AT_FULL_SCORE = 60;
    static final int ORDERS_TODAY_AT_ZERO_SCORE = 40;
    static final double TOP_RATING = 5;

    private final String parameter;
    private final String english;
    private final String chinese;

    DispatchCriterion(String parameter, String english, String chinese) {
        this.parameter = parameter;
        this.english = english;
        this.chinese = chinese;
    }

    /** The name of the parameter that holds this criterion's weight, e.g. {@code weight_distance}. */
    public String parameter() {
        return parameter;
    }

    String english() {
        return english;
    }

    String chinese() {
        return chinese;
    }

    /** The rider's score on this criterion, from 0 to 1, for an order within {@code radiusKm}. */
    double score(Rider rider, double radiusKm) {
        double score = switch (this) {
            case DISTANCE -> 1 - rider.distanceKm() / radiusKm;
            case RATING -> rider.rating() / TOP_RATING;
            case IDLE_TIME -> rider.idleMinutes() / IDLE_MINUTES_AT_FULL_SCORE;
            case ON_TIME_RATE -> rider.onTimeRate();
            case FAIRNESS -> 1 - (double) rider.ordersToday() / ORDERS_TODAY_AT_ZERO_SCORE;
        };
        return Math.max(0, Math.min(1, score));
    }
}

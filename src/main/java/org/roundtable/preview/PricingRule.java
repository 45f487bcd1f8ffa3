package org.roundtable.preview;

import java.util.Map;
import java.util.Set;

/**
 * What an order pays: a base fare, a rate per km and per minute, an extra rate per km beyond a
 * long-distance threshold, fixed surcharges at night and in bad weather; the platform keeps its
 * commission and the worker receives the rest. Amounts in CNY.
 *
 * <pre>
 * fare = base_fare + per_km × km + per_minute × minutes
 *        + long_distance_per_km × max(0, km − long_distance_threshold_km)
 *        + night_surcharge (if the hour is in night_hours) + bad_weather_surcharge (if the weather is bad)
 * pay  = fare × (1 − commission_rate)
 * </pre>
 */
public record PricingRule(double baseFare, double perKm, double perMinute, double nightSurcharge,
                          HourRanges nightHours, double badWeatherSurcharge, double longDistanceThresholdKm,
                          double longDistancePerKm, double commissionRate) implements EvaluableRule {

    public static final Set<String> PARAMETERS = Set.of("base_fare", "per_km", "per_minute", "night_surcharge",
            "night_hours", "bad_weather_surcharge", "long_distance_threshold_km", "long_distance_per_km",
            "commission_rate");
    static final String DEFAULT_NIGHT_HOURS = "22-6";
    private static final double MAX_AMOUNT = 10_000;

    public static PricingRule of(Map<String, String> values) {
        Parameters parameters = Parameters.of("pricing rule", values, PARAMETERS);
        double baseFare = parameters.number("base_fare", 0, MAX_AMOUNT);
        double perKm = parameters.number("per_km", 0, MAX_AMOUNT);
        double perMinute = parameters.number("per_minute", 0, MAX_AMOUNT);
        double night = parameters.number("night_surcharge", 0, MAX_AMOUNT, 0);
        HourRanges nightHours = parameters.hours("night_hours", DEFAULT_NIGHT_HOURS);
        double weather = parameters.number("bad_weather_surcharge", 0, MAX_AMOUNT, 0);
        double threshold = Double.POSITIVE_INFINITY;
        double longPerKm = 0;
        if (parameters.has("long_distance_threshold_km") || parameters.has("long_distance_per_km")) {
            threshold = parameters.number("long_distance_threshold_km", 0, 1000);
            longPerKm = parameters.number("long_distance_per_km", 0, MAX_AMOUNT);
        }
        double commission = parameters.share("commission_rate");
        parameters.assertValid();
        return new PricingRule(baseFare, perKm, perMinute, night, nightHours, weather, threshold, longPerKm,
                commission);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.PRICING;
    }

    public boolean hasLongDistanceBand() {
        return !Double.isInfinite(longDistanceThresholdKm);
    }

    /** The fare of one order, before the platform's commission. */
    public double fare(double km, double minutes, int hourOfDay, Weather weather) {
        double fare = baseFare + perKm * km + perMinute * minutes;
        if (km > longDistanceThresholdKm) {
            fare += longDistancePerKm * (km - longDistanceThresholdKm);
        }
        if (nightHours.contains(hourOfDay)) {
            fare += nightSurcharge;
        }
        if (weather.bad()) {
            fare += badWeatherSurcharge;
        }
        return fare;
    }

    /** What the worker receives for one order. */
    public double pay(double km, double minutes, int hourOfDay, Weather weather) {
        return fare(km, minutes, hourOfDay, weather) * (1 - commissionRate);
    }

    @Override
    public RuleSummary summary() {
        return PricingSummary.of(this);
    }
}

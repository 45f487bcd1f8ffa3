package org.roundtable.preview;

import java.util.Map;
import java.util.Set;

/**
 * How much time an order is given: a base time, minutes per km (a second speed beyond a
 * long-distance threshold), and buffers for bad weather, peak hours and hard-to-access buildings.
 *
 * <pre>
 * minutes = base_minutes + minutes_per_km × min(km, long_distance_threshold_km)
 *           + long_distance_minutes_per_km × max(0, km − long_distance_threshold_km)
 *           + weather_buffer_minutes (bad weather) + peak_buffer_minutes (hour in peak_hours)
 *           + building_access_minutes (building access is hard)
 * </pre>
 */
public record DeliveryTimeRule(double baseMinutes, double minutesPerKm, double longDistanceThresholdKm,
                               double longDistanceMinutesPerKm, double weatherBufferMinutes,
                               double peakBufferMinutes, HourRanges peakHours, double buildingAccessMinutes)
        implements EvaluableRule {

    public static final Set<String> PARAMETERS = Set.of("base_minutes", "minutes_per_km",
            "long_distance_threshold_km", "long_distance_minutes_per_km", "weather_buffer_minutes",
            "peak_buffer_minutes", "peak_hours", "building_access_minutes");
    static final String DEFAULT_PEAK_HOURS = "11-13,17-19";
    private static final double MAX_MINUTES = 1440;

    public static DeliveryTimeRule of(Map<String, String> values) {
        Parameters parameters = Parameters.of("delivery-time rule", values, PARAMETERS);
        double base = parameters.number("base_minutes", 0, MAX_MINUTES);
        double perKm = parameters.number("minutes_per_km", 0, 120);
        double threshold = Double.POSITIVE_INFINITY;
        double longPerKm = perKm;
        if (parameters.has("long_distance_threshold_km") || parameters.has("long_distance_minutes_per_km")) {
            threshold = parameters.number("long_distance_threshold_km", 0, 1000);
            longPerKm = parameters.number("long_distance_minutes_per_km", 0, 120);
        }
        double weather = parameters.number("weather_buffer_minutes", 0, MAX_MINUTES, 0);
        double peak = parameters.number("peak_buffer_minutes", 0, MAX_MINUTES, 0);
        HourRanges peakHours = parameters.hours("peak_hours", DEFAULT_PEAK_HOURS);
        double access = parameters.number("building_access_minutes", 0, MAX_MINUTES, 0);
        parameters.assertValid();
        return new DeliveryTimeRule(base, perKm, threshold, longPerKm, weather, peak, peakHours, access);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.TIME_ESTIMATE;
    }

    public boolean hasLongDistanceBand() {
        return !Double.isInfinite(longDistanceThresholdKm);
    }

    /** The minutes one order is given. */
    public double estimateMinutes(double km, int hourOfDay, Weather weather, boolean hardAccess) {
        double minutes = baseMinutes + minutesPerKm * Math.min(km, longDistanceThresholdKm);
        if (km > longDistanceThresholdKm) {
            minutes += longDistanceMinutesPerKm * (km - longDistanceThresholdKm);
        }
        if (weather.bad()) {
            minutes += weatherBufferMinutes;
        }
        if (peakHours.contains(hourOfDay)) {
            minutes += peakBufferMinutes;
        }
        if (hardAccess) {
            minutes += buildingAccessMinutes;
        }
        return minutes;
    }

    @Override
    public RuleSummary summary() {
        return DeliveryTimeSummary.of(this);
    }
}

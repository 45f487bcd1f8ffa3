package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.DomainException;

class DeliveryTimeRuleTest {

    static Map<String, String> parameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("base_minutes", "10");
        parameters.put("minutes_per_km", "3");
        parameters.put("long_distance_threshold_km", "5");
        parameters.put("long_distance_minutes_per_km", "2.5");
        parameters.put("weather_buffer_minutes", "8");
        parameters.put("peak_buffer_minutes", "5");
        parameters.put("building_access_minutes", "4");
        return parameters;
    }

    final DeliveryTimeRule rule = DeliveryTimeRule.of(parameters());

    @Test
    void aShortOrderAtLunchGetsTheBaseTimeThePerKmTimeAndThePeakBuffer() {
        // 10 + 3 × 3 + 5 (12:xx is in the default peak 11-13)
        assertThat(rule.estimateMinutes(3, 12, Weather.CLEAR, false)).isCloseTo(24, within(1e-9));
    }

    @Test
    void aLongOrderInTheSnowToAHardBuildingGetsTheSecondSpeedAndBothBuffers() {
        // 10 + 3 × 5 + 2.5 × 3 + 8 + 4; 20:xx is not a peak hour
        assertThat(rule.estimateMinutes(8, 20, Weather.SNOW, true)).isCloseTo(44.5, within(1e-9));
    }

    @Test
    void peakHoursEndBeforeTheirLastHourAndCanBeSet() {
        assertThat(rule.estimateMinutes(2, 13, Weather.FOG, false)).isCloseTo(24, within(1e-9));
        DeliveryTimeRule evening = DeliveryTimeRule.of(new HashMap<>(Map.of("base_minutes", "10", "minutes_per_km",
                "3", "peak_buffer_minutes", "5", "peak_hours", "18-21")));
        assertThat(evening.estimateMinutes(2, 20, Weather.CLEAR, false)).isCloseTo(21, within(1e-9));
        assertThat(evening.estimateMinutes(2, 12, Weather.CLEAR, false)).isCloseTo(16, within(1e-9));
        assertThat(evening.hasLongDistanceBand()).isFalse();
        assertThat(evening.estimateMinutes(20, 12, Weather.CLEAR, false)).isCloseTo(70, within(1e-9));
    }

    @Test
    void refusesMissingAndInvalidParameters() {
        assertThatThrownBy(() -> DeliveryTimeRule.of(Map.of("base_minutes", "x", "peak_hours", "11")))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("base_minutes 'x' is not a number")
                .hasMessageContaining("minutes_per_km is missing")
                .hasMessageContaining("peak_hours");
        assertThatThrownBy(() -> DeliveryTimeRule.of(Map.of("base_minutes", "10", "minutes_per_km", "3",
                "base_fare", "3"))).hasMessageContaining("'base_fare' is not a parameter of a delivery-time rule");
    }

    @Test
    void theSummarySaysWhatTheNumbersSayInBothLanguages() {
        RuleSummary summary = rule.summary();
        assertThat(summary.en()).contains("given 10 minutes", "3 minutes per km up to 5 km",
                "2.5 minutes per km beyond", "adds 8 minutes", "(11:00–13:00, 17:00–19:00) add 5 minutes",
                "hard to enter add 4 minutes");
        assertThat(summary.zh()).contains("基础10分钟", "每公里3分钟", "超过5公里的部分每公里2.5分钟", "加8分钟",
                "高峰时段（11:00–13:00, 17:00–19:00）加5分钟", "进入困难的楼宇加4分钟");
        Map<String, String> noBuffers = new HashMap<>(Map.of("base_minutes", "12", "minutes_per_km", "2.75"));
        assertThat(DeliveryTimeRule.of(noBuffers).summary().en()).contains("given 12 minutes", "2.75 minutes per km",
                "no extra time for bad weather");
        assertThat(DeliveryTimeRule.of(noBuffers).summary().zh()).contains("恶劣天气不加时");
    }
}

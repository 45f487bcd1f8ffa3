package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.DomainException;

class PricingRuleTest {

    static final Offset<Double> CENT = within(0.000001);

    static Map<String, String> parameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("base_fare", "3");
        parameters.put("per_km", "1.20");
        parameters.put("per_minute", "0.10");
        parameters.put("night_surcharge", "1.50");
        parameters.put("bad_weather_surcharge", "2");
        parameters.put("long_distance_threshold_km", "5");
        parameters.put("long_distance_per_km", "0.80");
        parameters.put("commission_rate", "0.2");
        return parameters;
    }

    static Map<String, String> with(String name, String value) {
        Map<String, String> parameters = parameters();
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return parameters;
    }

    final PricingRule rule = PricingRule.of(parameters());

    @Test
    void aShortDaytimeOrderInClearWeatherPaysTheBaseFareAndTheRatesLessCommission() {
        // 3 + 1.20 × 3 + 0.10 × 20 = 8.60; the worker receives 80%
        assertThat(rule.fare(3, 20, 12, Weather.CLEAR)).isCloseTo(8.60, CENT);
        assertThat(rule.pay(3, 20, 12, Weather.CLEAR)).isCloseTo(6.88, CENT);
    }

    @Test
    void aLongNightOrderInTheRainAddsTheBandAndBothSurcharges() {
        // 3 + 1.20 × 8 + 0.10 × 40 + 0.80 × (8 − 5) + 1.50 + 2 = 22.50
        assertThat(rule.fare(8, 40, 23, Weather.RAIN)).isCloseTo(22.50, CENT);
        assertThat(rule.pay(8, 40, 23, Weather.RAIN)).isCloseTo(18.00, CENT);
    }

    @Test
    void theLongDistanceBandStartsAfterTheThreshold() {
        // exactly 5 km: no band; 5.5 km: 0.5 km in the band
        assertThat(rule.fare(5, 0, 12, Weather.CLEAR)).isCloseTo(3 + 6.0, CENT);
        assertThat(rule.fare(5.5, 0, 12, Weather.CLEAR)).isCloseTo(3 + 6.6 + 0.4, CENT);
    }

    @Test
    void nightHoursRunFromTheirFirstHourToBeforeTheirLast() {
        assertThat(rule.fare(1, 10, 5, Weather.CLOUDY)).as("05:xx is night").isCloseTo(6.70, CENT);
        assertThat(rule.fare(1, 10, 6, Weather.CLOUDY)).as("06:xx is day").isCloseTo(5.20, CENT);
        assertThat(rule.fare(1, 10, 22, Weather.CLOUDY)).as("22:xx is night").isCloseTo(6.70, CENT);
        PricingRule earlyNight = PricingRule.of(with("night_hours", "21-7"));
        assertThat(earlyNight.fare(1, 10, 6, Weather.CLOUDY)).isCloseTo(6.70, CENT);
    }

    @Test
    void everyBadWeatherAddsTheSurchargeButCloudsDoNot() {
        for (Weather weather : Weather.values()) {
            double expected = weather == Weather.CLEAR || weather == Weather.CLOUDY ? 5.20 : 7.20;
            assertThat(rule.fare(1, 10, 12, weather)).as(weather.code()).isCloseTo(expected, CENT);
        }
    }

    @Test
    void surchargesAndTheBandAreOptional() {
        Map<String, String> plain = Map.of("base_fare", "4", "per_km", "1", "per_minute", "0", "commission_rate", "15%");
        PricingRule simple = PricingRule.of(plain);
        assertThat(simple.hasLongDistanceBand()).isFalse();
        assertThat(simple.commissionRate()).isCloseTo(0.15, CENT);
        assertThat(simple.pay(20, 60, 23, Weather.STORM)).isCloseTo((4 + 20) * 0.85, CENT);
    }

    @Test
    void refusesMissingAndInvalidParametersNamingEachOne() {
        Map<String, String> bad = with("base_fare", null);
        bad.put("per_km", "abc");
        bad.put("commission_rate", "1.5");
        bad.put("per_kn", "1");
        assertThatThrownBy(() -> PricingRule.of(bad))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("base_fare is missing")
                .hasMessageContaining("per_km 'abc' is not a number")
                .hasMessageContaining("commission_rate 1.5 is outside 0 to 0.9999")
                .hasMessageContaining("'per_kn' is not a parameter of a pricing rule");
    }

    @Test
    void refusesHalfALongDistanceBandAndBadNightHours() {
        assertThatThrownBy(() -> PricingRule.of(with("long_distance_per_km", null)))
                .hasMessageContaining("long_distance_per_km is missing");
        assertThatThrownBy(() -> PricingRule.of(with("night_hours", "25-3")))
                .hasMessageContaining("night_hours").hasMessageContaining("not an hour from 0 to 24");
        assertThatThrownBy(() -> PricingRule.of(with("base_fare", "-1"))).hasMessageContaining("outside 0");
        assertThatThrownBy(() -> PricingRule.of(with("per_minute", "1e3"))).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PricingRule.of(with("per_minute", "NaN"))).hasMessageContaining("not a number");
    }

    @Test
    void theSummarySaysWhatTheNumbersSayInBothLanguages() {
        RuleSummary summary = rule.summary();
        assertThat(summary.en()).contains("fare of 3.00 CNY", "1.20 CNY per km", "0.10 CNY per minute",
                "Beyond 5 km, each further km adds 0.80 CNY", "(22:00–06:00) add 1.50 CNY",
                "(rain, storm, snow, fog, heat) add 2.00 CNY", "keeps 20%", "receives 80%");
        assertThat(summary.zh()).contains("每单基础价3.00元", "每公里1.20元", "每分钟0.10元", "超过5公里的部分，每公里另加0.80元",
                "夜间（22:00–06:00）订单加1.50元", "恶劣天气（雨、暴雨、雪、雾、高温）订单加2.00元", "平台抽成20%", "实得订单金额的80%");

        RuleSummary changed = PricingRule.of(with("per_km", "1.35")).summary();
        assertThat(changed.en()).contains("1.35 CNY per km").doesNotContain("1.20");
        assertThat(changed.zh()).contains("每公里1.35元").doesNotContain("1.20");
    }

    @Test
    void theSummarySaysSoWhenThereIsNoSurcharge() {
        RuleSummary summary = PricingRule.of(Map.of("base_fare", "4", "per_km", "1", "per_minute", "0",
                "commission_rate", "12.5%")).summary();
        assertThat(summary.en()).contains("no long-distance rate", "no night surcharge", "no bad-weather surcharge",
                "keeps 12.5%", "receives 87.5%");
        assertThat(summary.zh()).contains("无远距离加价", "无夜间补贴", "无恶劣天气补贴", "平台抽成12.5%");
    }
}

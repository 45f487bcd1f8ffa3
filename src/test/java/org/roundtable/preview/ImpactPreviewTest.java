package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.preview.PreviewResult.PayImpact;
import org.roundtable.preview.PreviewResult.TimeImpact;
import org.roundtable.shared.DomainException;

/** Previews on samples small enough to check by hand (the arithmetic is in the comments). */
class ImpactPreviewTest {

    static final PreviewSettings FLOOR_22 = new PreviewSettings(22.0, 1000, PreviewSettings.defaults().maxFileSize());

    /** Pay before: 6.88, 18.00, 10.80, 5.36 — per hour 20.64, 27.00, 25.92, 32.16; 95 minutes in all. */
    static OrderSample fourOrders() {
        return OrderSample.builder()
                .add(3, 20, 12, Weather.CLEAR, false)
                .add(8, 40, 23, Weather.RAIN, false)
                .add(5, 25, 6, Weather.STORM, false)
                .add(1, 10, 5, Weather.CLOUDY, false)
                .build();
    }

    @Test
    void previewsAPayRiseOnFourOrders() {
        Map<String, String> before = PricingRuleTest.parameters();
        Map<String, String> after = PricingRuleTest.parameters();
        after.put("per_km", "1.50");
        after.put("bad_weather_surcharge", "3");
        // pay after: 7.60, 20.72, 12.80, 5.60 — per hour 22.80, 31.08, 30.72, 33.60
        PreviewResult result = ImpactPreview.compute(RuleKind.PRICING, before, after, fourOrders(), FLOOR_22).result();

        assertThat(result.orders()).isEqualTo(4);
        assertThat(result.hoursOfWork()).isEqualTo(1.58);
        assertThat(result.time()).isNull();
        PayImpact pay = result.pay();
        assertThat(pay.totalPayBefore()).isEqualTo(41.04);
        assertThat(pay.totalPayAfter()).isEqualTo(46.72);
        // sorted before 5.36 6.88 10.80 18.00: p10 = 5.36 + 0.3 × 1.52, median = (6.88 + 10.80) / 2, p90 = 10.80 + 0.7 × 7.20
        assertThat(pay.payPerOrder().before()).isEqualTo(new Distribution(5.82, 8.84, 15.84, 10.26, 5.36, 18.0));
        // sorted after 5.60 7.60 12.80 20.72: p10 = 6.20, median = 10.20, p90 = 12.80 + 0.7 × 7.92 = 18.344
        assertThat(pay.payPerOrder().after()).isEqualTo(new Distribution(6.2, 10.2, 18.34, 11.68, 5.6, 20.72));
        assertThat(pay.payPerOrder().medianMove()).isEqualTo(1.36);
        assertThat(pay.payPerOrder().shareUp()).isEqualTo(1.0);
        assertThat(pay.payPerOrder().shareDown()).isZero();
        assertThat(pay.payPerOrder().perOrderChange().max()).isEqualTo(2.72);
        // per hour, sorted before 20.64 25.92 27.00 32.16: median 26.46; after 22.80 30.72 31.08 33.60: median 30.90
        assertThat(pay.payPerHour().before().median()).isEqualTo(26.46);
        assertThat(pay.payPerHour().after().median()).isEqualTo(30.9);
        // only the first order (20 of 95 minutes) is paid below 22 CNY an hour before, none after
        assertThat(pay.shareOfHoursBelowFloorBefore()).isEqualTo(0.2105);
        assertThat(pay.shareOfHoursBelowFloorAfter()).isZero();
        assertThat(result.before().en()).contains("1.20 CNY per km");
        assertThat(result.after().en()).contains("1.50 CNY per km");
    }

    @Test
    void previewsMoreTimeInBadWeatherOnThreeOrders() {
        Map<String, String> before = DeliveryTimeRuleTest.parameters();
        Map<String, String> after = DeliveryTimeRuleTest.parameters();
        after.put("weather_buffer_minutes", "12");
        OrderSample orders = OrderSample.builder()
                .add(3, 30, 12, Weather.CLEAR, false) // given 24 → 24: slack −6 → −6
                .add(8, 40, 20, Weather.SNOW, true)   // given 44.5 → 48.5: slack 4.5 → 8.5
                .add(2, 26, 13, Weather.FOG, false)   // given 24 → 28: slack −2 → 2
                .build();
        ImpactPreview preview = ImpactPreview.compute(RuleKind.TIME_ESTIMATE, before, after, orders, FLOOR_22);
        TimeImpact time = preview.result().time();

        assertThat(preview.result().pay()).isNull();
        assertThat(preview.before(1)).isCloseTo(44.5, within(1e-9));
        assertThat(preview.after(1)).isCloseTo(48.5, within(1e-9));
        assertThat(time.minutesGiven().before().median()).isEqualTo(24.0);
        assertThat(time.minutesGiven().after().median()).isEqualTo(28.0);
        // slack before, sorted −6 −2 4.5: p10 at rank 0.2 = −6 + 0.2 × 4 = −5.2; p90 at rank 1.8 = −2 + 0.8 × 6.5 = 3.2
        assertThat(time.slackMinutes().before()).isEqualTo(new Distribution(-5.2, -2.0, 3.2, -1.17, -6.0, 4.5));
        assertThat(time.slackMinutes().after().median()).isEqualTo(2.0);
        assertThat(time.slackMinutes().medianMove()).isEqualTo(4.0);
        assertThat(time.slackMinutes().shareUp()).isEqualTo(0.6667);
        assertThat(time.shareLateBefore()).isEqualTo(0.6667);
        assertThat(time.shareLateAfter()).isEqualTo(0.3333);
    }

    @Test
    void namesTheSideWhoseParametersAreWrong() {
        Map<String, String> after = PricingRuleTest.with("per_km", "lots");
        assertThatThrownBy(() -> ImpactPreview.compute(RuleKind.PRICING, PricingRuleTest.parameters(), after,
                fourOrders(), FLOOR_22))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageStartingWith("The 'after' rule:")
                .hasMessageContaining("per_km 'lots' is not a number");
    }

    @Test
    void refusesToCompareRulesOfDifferentKinds() {
        assertThatThrownBy(() -> ImpactPreview.compute(PricingRule.of(PricingRuleTest.parameters()),
                DeliveryTimeRule.of(DeliveryTimeRuleTest.parameters()), fourOrders(), 24))
                .isInstanceOf(DomainException.Invalid.class).hasMessageContaining("one kind");
    }

    @Test
    void percentilesInterpolateBetweenTheClosestRanks() {
        Distribution one = Distribution.of(new double[] {7});
        assertThat(one).isEqualTo(new Distribution(7, 7, 7, 7, 7, 7));
        Distribution tenValues = Distribution.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertThat(tenValues.p10()).isEqualTo(1.9);
        assertThat(tenValues.median()).isEqualTo(5.5);
        assertThat(tenValues.p90()).isEqualTo(9.1);
    }
}

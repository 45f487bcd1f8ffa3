package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is kept of a preview when it is recorded: the headline figures and a fixed-size histogram, no orders. */
class RecordedImpactTest {

    static final byte[] DIGEST = HexFormat.of().parseHex("ab".repeat(32));

    @Test
    void keepsThePayFiguresBeforeAndAfterAndTheHourlyPayInTwentyBins() {
        Map<String, String> after = PricingRuleTest.parameters();
        after.put("per_km", "1.50");
        after.put("bad_weather_surcharge", "3");
        ImpactPreview preview = ImpactPreview.compute(RuleKind.PRICING, PricingRuleTest.parameters(), after,
                ImpactPreviewTest.fourOrders(), ImpactPreviewTest.FLOOR_22);

        RecordedImpact impact = RecordedImpact.of(preview, DIGEST);

        assertThat(impact.ruleKind()).isEqualTo(RuleKind.PRICING);
        assertThat(impact.sampleSize()).isEqualTo(4);
        assertThat(impact.sampleSha256()).isEqualTo("ab".repeat(32));
        assertThat(impact.hoursOfWork()).isEqualTo(1.58);
        assertThat(impact.hourlyFloor()).isEqualTo(22.0);
        assertThat(impact.before()).isEqualTo(new PreviewFigures(8.84, 26.46, 0.2105, null, null, null));
        assertThat(impact.after()).isEqualTo(new PreviewFigures(10.2, 30.9, 0.0, null, null, null));
        // per hour, all eight sorted: 20.64 22.80 25.92 27.00 30.72 31.08 32.16 33.60;
        // p1 = 20.64 + 0.07 × 2.16 = 20.79, p99 = 32.16 + 0.93 × 1.44 = 33.50; bins 0.6355 wide
        PreviewHistogram histogram = impact.histogram();
        assertThat(histogram.low()).isEqualTo(20.79);
        assertThat(histogram.high()).isEqualTo(33.5);
        assertThat(nonEmpty(histogram.before())).containsExactly(0, 8, 9, 17);
        assertThat(nonEmpty(histogram.after())).as("33.60 is beyond p99: the last bin").containsExactly(3, 15, 16, 19);
        assertThat(histogram.shareAfter(19)).isEqualTo(0.25);
        assertThat(histogram.from(10)).isEqualTo(27.145);
    }

    @Test
    void keepsTheTimeFiguresOfADeliveryTimePreview() {
        Map<String, String> after = DeliveryTimeRuleTest.parameters();
        after.put("weather_buffer_minutes", "12");
        OrderSample orders = OrderSample.builder().add(3, 30, 12, Weather.CLEAR, false)
                .add(8, 40, 20, Weather.SNOW, true).add(2, 26, 13, Weather.FOG, false).build();
        RecordedImpact impact = RecordedImpact.of(ImpactPreview.compute(RuleKind.TIME_ESTIMATE,
                DeliveryTimeRuleTest.parameters(), after, orders, ImpactPreviewTest.FLOOR_22), DIGEST);

        assertThat(impact.before()).isEqualTo(new PreviewFigures(null, null, null, 24.0, -2.0, 0.6667));
        assertThat(impact.after()).isEqualTo(new PreviewFigures(null, null, null, 28.0, 2.0, 0.3333));
        assertThat(impact.histogram().orders()).isEqualTo(3);
    }

    @Test
    void refusesWhatIsNotARecordOfAWholeSample() {
        PreviewFigures pay = new PreviewFigures(8.0, 25.0, 0.1, null, null, null);
        PreviewHistogram one = new PreviewHistogram(0, 1, bins(1), bins(1));
        String sha = "ab".repeat(32);
        assertThat(new RecordedImpact(RuleKind.PRICING, 1, sha, 0.5, 24, pay, pay, one).sampleSize()).isEqualTo(1);
        assertThatThrownBy(() -> new RecordedImpact(RuleKind.DISPATCH, 1, sha, 0.5, 24, pay, pay, one))
                .hasMessageContaining("PRICING or a TIME_ESTIMATE");
        assertThatThrownBy(() -> new RecordedImpact(RuleKind.PRICING, 1, "AB".repeat(32), 0.5, 24, pay, pay, one))
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> new RecordedImpact(RuleKind.TIME_ESTIMATE, 1, sha, 0.5, 24, pay, pay, one))
                .hasMessageContaining("figures of its kind");
        assertThatThrownBy(() -> new RecordedImpact(RuleKind.PRICING, 2, sha, 0.5, 24, pay, pay, one))
                .hasMessageContaining("every order");
        assertThatThrownBy(() -> new PreviewHistogram(0, 1, List.of(1), List.of(1)))
                .hasMessageContaining("20 bins");
    }

    private static List<Integer> bins(int firstBin) {
        List<Integer> counts = new java.util.ArrayList<>(Collections.nCopies(PreviewHistogram.BINS, 0));
        counts.set(0, firstBin);
        return counts;
    }

    private static List<Integer> nonEmpty(List<Integer> counts) {
        List<Integer> bins = new java.util.ArrayList<>();
        for (int bin = 0; bin < counts.size(); bin++) {
            if (counts.get(bin) > 0) {
                bins.add(bin);
            }
        }
        return bins;
    }
}

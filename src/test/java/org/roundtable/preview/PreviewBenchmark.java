package org.roundtable.preview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Random;

/**
 * Times a preview of 100,000 generated orders: parsing the CSV, evaluating both rules, the
 * distributions and the chart, then what recording it with a proposal adds (the sample's SHA-256
 * while parsing, the figures and the binned histogram, its chart). A benchmark, not a test: run its
 * main method (see docs/impact-preview.md); it reports numbers and asserts nothing.
 */
public final class PreviewBenchmark {

    private static final String[] WEATHER = {"clear", "clear", "clear", "cloudy", "rain", "storm", "snow", "fog", "heat"};

    private PreviewBenchmark() {
    }

    public static void main(String[] args) {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] csv = generate(orders, new Random(42));
        System.out.printf("sample: %,d orders, %,d bytes of CSV%n", orders, csv.length);
        Map<String, String> before = Map.of("base_fare", "3", "per_km", "1.2", "per_minute", "0.1",
                "night_surcharge", "1.5", "bad_weather_surcharge", "2", "long_distance_threshold_km", "5",
                "long_distance_per_km", "0.8", "commission_rate", "0.2");
        Map<String, String> after = Map.of("base_fare", "3.5", "per_km", "1.35", "per_minute", "0.1",
                "night_surcharge", "2", "bad_weather_surcharge", "3", "long_distance_threshold_km", "4",
                "long_distance_per_km", "1", "commission_rate", "18%");
        PreviewSettings settings = new PreviewSettings(24.0, Math.max(orders, 1), PreviewSettings.defaults().maxFileSize());
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            OrderSample sample = new OrderSampleParser(settings.maxOrders()).parse(new ByteArrayInputStream(csv));
            long parsed = System.nanoTime();
            ImpactPreview preview = ImpactPreview.compute(RuleKind.PRICING, before, after, sample, settings);
            PreviewResult result = preview.result();
            long computed = System.nanoTime();
            String svg = PreviewChart.of(preview, settings.hourlyFloor());
            long charted = System.nanoTime();
            RecordedImpact recorded = record(csv, before, after, settings);
            long recordedAt = System.nanoTime();
            System.out.printf("round %d: parse %4d ms, preview %4d ms, chart %3d ms, total %4d ms;"
                            + " recording it again from the CSV %4d ms"
                            + " (median pay/hour %.2f -> %.2f CNY, %d-character SVG, %d orders recorded)%n", round,
                    millis(start, parsed), millis(parsed, computed), millis(computed, charted),
                    millis(start, charted), millis(charted, recordedAt), result.pay().payPerHour().before().median(),
                    result.pay().payPerHour().after().median(), svg.length(), recorded.sampleSize());
        }
    }

    /** What recording a preview does with an upload: parse while digesting, compute, sum up, chart the bins. */
    private static RecordedImpact record(byte[] csv, Map<String, String> before, Map<String, String> after,
                                         PreviewSettings settings) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            OrderSample sample = new OrderSampleParser(settings.maxOrders())
                    .parse(new DigestInputStream(new ByteArrayInputStream(csv), sha256));
            ImpactPreview preview = ImpactPreview.compute(RuleKind.PRICING, before, after, sample, settings);
            RecordedImpact impact = RecordedImpact.of(preview, sha256.digest());
            PreviewChart.draw(impact.histogram(), new PreviewChart.Text("t", "d", "b", "a", "f"),
                    settings.hourlyFloor(), "bench", 480, 280);
            return impact;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] generate(int orders, Random random) {
        StringBuilder csv = new StringBuilder(orders * 28).append(OrderSampleParser.HEADER).append('\n');
        for (int i = 0; i < orders; i++) {
            double km = Math.round((0.3 + random.nextDouble() * 12) * 10) / 10.0;
            double minutes = Math.round((6 + km * 3 + random.nextDouble() * 12) * 10) / 10.0;
            csv.append(km).append(',').append(minutes).append(',').append(random.nextInt(24)).append(',')
                    .append(WEATHER[random.nextInt(WEATHER.length)]).append(',')
                    .append(random.nextInt(4) == 0 ? "hard" : "easy").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}

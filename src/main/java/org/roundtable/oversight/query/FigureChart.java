package org.roundtable.oversight.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.oversight.Figure;

/**
 * One figure of a rule's reviews over the periods, laid out for a small line chart drawn on the
 * server as inline SVG: a {@code WIDTH} × {@code HEIGHT} view box that scales down to a phone's
 * width. Coordinates are text with one decimal so a template can put them into attributes as they
 * are. Figures with the same name but another unit make a chart of their own.
 */
public record FigureChart(String name, String unit, List<Point> points, List<Tick> ticks, String line) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;
    static final double LEFT = 48;
    static final double RIGHT = 14;
    static final double TOP = 12;
    static final double BOTTOM = 34;
    /** At most this many period labels under the chart; the table beside it names every period. */
    static final int MAX_LABELS = 6;

    public FigureChart {
        points = List.copyOf(points);
        ticks = List.copyOf(ticks);
    }

    /**
     * One period's value. {@code label} is the period shown under the axis, or null when the chart
     * has too many periods to name each one there; {@code anchor} keeps the labels at the edges
     * inside the chart (an SVG {@code text-anchor}).
     */
    public record Point(String period, String value, boolean late, String x, String y, String label, String anchor) {
    }

    /** A horizontal guide line at a value, labelled on the left. */
    public record Tick(String value, String y) {
    }

    /** The bottom edge of the plot, where the period labels hang. */
    public String axisY() {
        return number(HEIGHT - BOTTOM);
    }

    public String axisLeft() {
        return number(LEFT);
    }

    public String axisRight() {
        return number(WIDTH - RIGHT);
    }

    public String labelY() {
        return number(HEIGHT - BOTTOM + 18);
    }

    public String tickX() {
        return number(LEFT - 6);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** A chart per figure name and unit, in name order, each with its periods in the order of the reviews. */
    public static List<FigureChart> of(List<ReviewView> reviews) {
        Map<String, List<Value>> series = new LinkedHashMap<>();
        reviews.stream().filter(review -> review.period() != null).forEach(review -> {
            for (Map.Entry<String, Figure> figure : review.figures().entrySet()) {
                String key = figure.getKey() + "\u0000" + figure.getValue().unit();
                series.computeIfAbsent(key, k -> new ArrayList<>()).add(new Value(review.period(),
                        figure.getValue().value(), new BigDecimal(figure.getValue().value()), review.late()));
            }
        });
        return series.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
            String[] key = entry.getKey().split("\u0000", 2);
            return layOut(key[0], key[1], entry.getValue());
        }).toList();
    }

    private record Value(String period, String text, BigDecimal number, boolean late) {
    }

    private static FigureChart layOut(String name, String unit, List<Value> values) {
        double low = values.stream().mapToDouble(v -> v.number().doubleValue()).min().orElse(0);
        double high = values.stream().mapToDouble(v -> v.number().doubleValue()).max().orElse(0);
        double pad = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
        double bottom = low - pad;
        double top = high + pad;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int every = (values.size() + MAX_LABELS - 1) / MAX_LABELS;

        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            double x = values.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / (values.size() - 1);
            double y = TOP + plotHeight * (top - value.number().doubleValue()) / (top - bottom);
            boolean labelled = (values.size() - 1 - i) % every == 0;
            String anchor = values.size() == 1 ? "middle"
                    : i == 0 ? "start" : i == values.size() - 1 ? "end" : "middle";
            points.add(new Point(value.period(), value.text(), value.late(), number(x), number(y),
                    labelled ? abbreviate(value.period()) : null, anchor));
            line.append(line.isEmpty() ? "" : " ").append(number(x)).append(',').append(number(y));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double at : high > low ? new double[] {high, (high + low) / 2, low} : new double[] {high}) {
            ticks.add(new Tick(plain(at), number(TOP + plotHeight * (top - at) / (top - bottom))));
        }
        return new FigureChart(name, unit, points, ticks, line.toString());
    }

    private static String abbreviate(String period) {
        return period.length() > 9 ? period.substring(0, 8) + "…" : period;
    }

    /** A value for a tick label: at most two decimals, no trailing zeros, no exponent. */
    private static String plain(double value) {
        return new BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

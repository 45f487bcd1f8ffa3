package org.roundtable.preview;

import java.util.Arrays;
import java.util.Locale;

/**
 * A small server-rendered SVG histogram of one measure before and after a change: bars side by
 * side per bin, an optional marker line (the hourly floor). No scripts, no links; every text is
 * escaped, so the SVG can be inlined in a page as it is.
 */
public final class PreviewChart {

    static final int BINS = 20;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int BOTTOM = 40;

    private PreviewChart() {
    }

    /** Pay per hour of work (pricing, with the floor) or slack minutes (delivery time, with zero). */
    public static String of(ImpactPreview preview, double hourlyFloor) {
        if (preview.kind() == RuleKind.PRICING) {
            return histogram("Pay per hour of work, CNY / 每小时收入（元）", preview.secondaryBefore(),
                    preview.secondaryAfter(), hourlyFloor, "floor " + Numbers.money(hourlyFloor));
        }
        return histogram("Slack per order, minutes / 每单富余时间（分钟）", preview.secondaryBefore(),
                preview.secondaryAfter(), 0.0, "late below 0");
    }

    public static String histogram(String title, double[] before, double[] after, Double marker, String markerLabel) {
        double[] all = new double[before.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(after, 0, all, before.length, after.length);
        Arrays.sort(all);
        double low = all.length == 0 ? 0 : Distribution.percentile(all, 0.01);
        double high = all.length == 0 ? 1 : Distribution.percentile(all, 0.99);
        if (high - low < 1e-9) {
            high = low + 1;
        }
        double[] shareBefore = shares(before, low, high);
        double[] shareAfter = shares(after, low, high);
        double tallest = Math.max(max(shareBefore), max(shareAfter));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double binWidth = plotWidth / BINS;

        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\">").append(escape(title))
                .append("</text>");
        legend(svg);
        for (int bin = 0; bin < BINS; bin++) {
            double x = LEFT + bin * binWidth;
            bar(svg, x + 1, binWidth / 2 - 1, shareBefore[bin] / tallest * plotHeight, "#9e9e9e");
            bar(svg, x + binWidth / 2, binWidth / 2 - 1, shareAfter[bin] / tallest * plotHeight, "#1f77b4");
        }
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333333"));
        axisLabel(svg, LEFT, low, "start");
        axisLabel(svg, LEFT + plotWidth / 2, (low + high) / 2, "middle");
        axisLabel(svg, WIDTH - RIGHT, high, "end");
        svg.append("<text x=\"4\" y=\"").append(TOP + 10).append("\">").append(escape(Numbers.percent(
                Numbers.round(tallest, 3)))).append("</text>");
        if (marker != null && marker >= low && marker <= high) {
            double x = LEFT + (marker - low) / (high - low) * plotWidth;
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#d62728"));
            svg.append("<text x=\"").append(format(x + 4)).append("\" y=\"").append(TOP + 12)
                    .append("\" fill=\"#d62728\">").append(escape(markerLabel)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The share of values in each bin; values outside the range count in the first or last bin. */
    static double[] shares(double[] values, double low, double high) {
        double[] shares = new double[BINS];
        for (double value : values) {
            int bin = (int) Math.floor((value - low) / (high - low) * BINS);
            shares[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        for (int bin = 0; bin < BINS; bin++) {
            shares[bin] = values.length == 0 ? 0 : shares[bin] / values.length;
        }
        return shares;
    }

    /** Text that is safe inside SVG elements and attributes. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private static void legend(StringBuilder svg) {
        svg.append("<rect x=\"").append(WIDTH - 170).append("\" y=\"26\" width=\"10\" height=\"10\" fill=\"#9e9e9e\"/>")
                .append("<text x=\"").append(WIDTH - 156).append("\" y=\"35\">before 调整前</text>")
                .append("<rect x=\"").append(WIDTH - 86)
                .append("\" y=\"26\" width=\"10\" height=\"10\" fill=\"#1f77b4\"/>")
                .append("<text x=\"").append(WIDTH - 72).append("\" y=\"35\">after 调整后</text>");
    }

    private static void bar(StringBuilder svg, double x, double width, double height, String colour) {
        if (height <= 0) {
            return;
        }
        svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(format(HEIGHT - BOTTOM - height))
                .append("\" width=\"").append(format(width)).append("\" height=\"").append(format(height))
                .append("\" fill=\"").append(colour).append("\"/>");
    }

    private static void axisLabel(StringBuilder svg, double x, double value, String anchor) {
        svg.append("<text x=\"").append(format(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(Numbers.plain(
                        Numbers.round(value, 1)))).append("</text>");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\""
                + format(y2) + "\" stroke=\"" + colour + "\"/>";
    }

    private static double max(double[] values) {
        double max = 1e-9;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

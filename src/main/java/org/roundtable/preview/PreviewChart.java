package org.roundtable.preview;

import java.util.Locale;

/**
 * A small server-rendered SVG histogram of one measure before and after a change: bars side by
 * side per bin, an optional marker line (the hourly floor, or zero slack). No scripts, no links, no
 * style attributes; every text is escaped, so the SVG can be inlined in a page as it is.
 */
public final class PreviewChart {

    static final int BINS = PreviewHistogram.BINS;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int BOTTOM = 40;

    /**
     * The words of a chart: its title, an optional longer description (with an {@code id}, the SVG
     * names both for assistive technology), the legend of the two sides and the marker's label.
     */
    public record Text(String title, String description, String before, String after, String markerLabel) {
    }

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
        return draw(PreviewHistogram.of(before, after), new Text(title, null, "before 调整前", "after 调整后",
                markerLabel), marker, null, 640, 320);
    }

    /**
     * Draws a histogram {@code width} × {@code height} (the SVG scales to its box); {@code id},
     * if given, makes the title and description the SVG's accessible name and description.
     */
    public static String draw(PreviewHistogram histogram, Text text, Double marker, String id, int width,
                              int height) {
        double low = histogram.low();
        double high = histogram.high();
        double tallest = 1e-9;
        for (int bin = 0; bin < BINS; bin++) {
            tallest = Math.max(tallest, Math.max(histogram.shareBefore(bin), histogram.shareAfter(bin)));
        }
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        double binWidth = plotWidth / BINS;

        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\"");
        if (id != null) {
            svg.append(" aria-labelledby=\"").append(escape(id)).append("-title\"");
            if (text.description() != null) {
                svg.append(" aria-describedby=\"").append(escape(id)).append("-desc\"");
            }
        }
        svg.append(" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title").append(id == null ? "" : " id=\"" + escape(id) + "-title\"").append('>')
                .append(escape(text.title())).append("</title>");
        if (text.description() != null) {
            svg.append("<desc").append(id == null ? "" : " id=\"" + escape(id) + "-desc\"").append('>')
                    .append(escape(text.description())).append("</desc>");
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\">").append(escape(text.title()))
                .append("</text>");
        legend(svg, text, width);
        for (int bin = 0; bin < BINS; bin++) {
            double x = LEFT + bin * binWidth;
            bar(svg, x + 1, binWidth / 2 - 1, histogram.shareBefore(bin) / tallest * plotHeight, "#767676", height);
            bar(svg, x + binWidth / 2, binWidth / 2 - 1, histogram.shareAfter(bin) / tallest * plotHeight, "#1f77b4",
                    height);
        }
        svg.append(line(LEFT, height - BOTTOM, width - RIGHT, height - BOTTOM, "#333333"));
        axisLabel(svg, LEFT, low, "start", height);
        axisLabel(svg, LEFT + plotWidth / 2, (low + high) / 2, "middle", height);
        axisLabel(svg, width - RIGHT, high, "end", height);
        svg.append("<text x=\"4\" y=\"").append(TOP + 10).append("\">").append(escape(Numbers.percent(
                Numbers.round(tallest, 3)))).append("</text>");
        if (marker != null && marker >= low && marker <= high) {
            double x = LEFT + (marker - low) / (high - low) * plotWidth;
            svg.append(line(x, TOP, x, height - BOTTOM, "#d62728"));
            svg.append("<text x=\"").append(format(x + 4)).append("\" y=\"").append(TOP + 12)
                    .append("\" fill=\"#d62728\">").append(escape(text.markerLabel())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The share of values in each bin; values outside the range count in the first or last bin. */
    static double[] shares(double[] values, double low, double high) {
        double[] shares = new double[BINS];
        var counts = PreviewHistogram.counts(values, low, high);
        for (int bin = 0; bin < BINS; bin++) {
            shares[bin] = values.length == 0 ? 0 : (double) counts.get(bin) / values.length;
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

    private static void legend(StringBuilder svg, Text text, int width) {
        svg.append("<rect x=\"").append(width - 170).append("\" y=\"26\" width=\"10\" height=\"10\" fill=\"#767676\"/>")
                .append("<text x=\"").append(width - 156).append("\" y=\"35\">").append(escape(text.before()))
                .append("</text>")
                .append("<rect x=\"").append(width - 86)
                .append("\" y=\"26\" width=\"10\" height=\"10\" fill=\"#1f77b4\"/>")
                .append("<text x=\"").append(width - 72).append("\" y=\"35\">").append(escape(text.after()))
                .append("</text>");
    }

    private static void bar(StringBuilder svg, double x, double width, double height, String colour, int chartHeight) {
        if (height <= 0) {
            return;
        }
        svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(format(chartHeight - BOTTOM - height))
                .append("\" width=\"").append(format(width)).append("\" height=\"").append(format(height))
                .append("\" fill=\"").append(colour).append("\"/>");
    }

    private static void axisLabel(StringBuilder svg, double x, double value, String anchor, int height) {
        svg.append("<text x=\"").append(format(x)).append("\" y=\"").append(height - BOTTOM + 16)
                .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(Numbers.plain(
                        Numbers.round(value, 1)))).append("</text>");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\""
                + format(y2) + "\" stroke=\"" + colour + "\"/>";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

package org.roundtable.preview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roundtable.preview.Numbers;
import org.roundtable.preview.PreviewChart;
import org.roundtable.preview.PreviewFigures;
import org.roundtable.preview.PreviewHistogram;
import org.roundtable.preview.PreviewSettings;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.preview.RuleKind;
import org.roundtable.preview.query.RecordedPreviewView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A recorded preview as the pages show it, bean {@code @previewCharts}: the headline figures as
 * table rows, the chart as inline SVG (its title and description in the reader's language) and the
 * chart's bins as a table, the alternative to the picture.
 */
@Component("previewCharts")
public class PreviewCharts {

    static final int WIDTH = 480;
    static final int HEIGHT = 280;

    private final MessageSource messages;
    private final PreviewSettings settings;

    PreviewCharts(MessageSource messages, PreviewSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** The hourly floor a preview takes when none is given, in CNY, as written on the form. */
    public String defaultFloor() {
        return Numbers.money(settings.hourlyFloor());
    }

    /** One row of the figures table: what is measured, before, after and the change, written out. */
    public record FigureRow(String measure, String before, String after, String change) {
    }

    /** One bin of the chart: the range it covers and the shares of orders in it before and after. */
    public record BinRow(String range, String before, String after) {
    }

    public List<FigureRow> figures(RecordedPreviewView preview) {
        RecordedImpact impact = preview.impact();
        PreviewFigures before = impact.before();
        PreviewFigures after = impact.after();
        List<FigureRow> rows = new ArrayList<>();
        if (impact.ruleKind() == RuleKind.PRICING) {
            rows.add(money("preview.figure.payPerOrder", before.medianPayPerOrder(), after.medianPayPerOrder()));
            rows.add(money("preview.figure.payPerHour", before.medianPayPerHour(), after.medianPayPerHour()));
            rows.add(share(text("preview.figure.belowFloor", Numbers.money(impact.hourlyFloor())),
                    before.shareOfHoursBelowFloor(), after.shareOfHoursBelowFloor()));
        } else {
            rows.add(minutes("preview.figure.minutesGiven", before.medianMinutesGiven(), after.medianMinutesGiven()));
            rows.add(minutes("preview.figure.slack", before.medianSlackMinutes(), after.medianSlackMinutes()));
            rows.add(share(text("preview.figure.late"), before.shareLate(), after.shareLate()));
        }
        return rows;
    }

    /** The chart, ready to inline: no scripts, every text escaped, named by its title and description. */
    public String svg(RecordedPreviewView preview) {
        RecordedImpact impact = preview.impact();
        boolean pricing = impact.ruleKind() == RuleKind.PRICING;
        PreviewChart.Text text = new PreviewChart.Text(title(preview), caption(preview), text("preview.chart.before"),
                text("preview.chart.after"), pricing ? text("preview.chart.floor", Numbers.money(impact.hourlyFloor()))
                        : text("preview.chart.late"));
        return PreviewChart.draw(impact.histogram(), text, pricing ? impact.hourlyFloor() : 0.0,
                "preview-chart-" + preview.number(), WIDTH, HEIGHT);
    }

    public String title(RecordedPreviewView preview) {
        return text(preview.impact().ruleKind() == RuleKind.PRICING ? "preview.chart.title.pay"
                : "preview.chart.title.slack");
    }

    /** What the chart shows, in a sentence: also its SVG description and its caption. */
    public String caption(RecordedPreviewView preview) {
        RecordedImpact impact = preview.impact();
        return impact.ruleKind() == RuleKind.PRICING
                ? text("preview.chart.caption.pay", impact.sampleSize(), preview.revision(),
                        Numbers.money(impact.hourlyFloor()))
                : text("preview.chart.caption.slack", impact.sampleSize(), preview.revision());
    }

    public List<BinRow> bins(RecordedPreviewView preview) {
        PreviewHistogram histogram = preview.impact().histogram();
        List<BinRow> rows = new ArrayList<>(PreviewHistogram.BINS);
        for (int bin = 0; bin < PreviewHistogram.BINS; bin++) {
            String from = bin == 0 ? "" : Numbers.plain(Numbers.round(histogram.from(bin), 2));
            String to = bin == PreviewHistogram.BINS - 1 ? "" : Numbers.plain(Numbers.round(histogram.from(bin + 1), 2));
            String range = from.isEmpty() ? text("preview.bin.below", to)
                    : to.isEmpty() ? text("preview.bin.above", from) : from + " – " + to;
            rows.add(new BinRow(range, percent(histogram.shareBefore(bin)), percent(histogram.shareAfter(bin))));
        }
        return rows;
    }

    private FigureRow money(String key, Double before, Double after) {
        return new FigureRow(text(key), Numbers.money(before), Numbers.money(after), signed(after - before, true));
    }

    private FigureRow minutes(String key, Double before, Double after) {
        return new FigureRow(text(key), Numbers.plain(before), Numbers.plain(after), signed(after - before, false));
    }

    private FigureRow share(String measure, Double before, Double after) {
        double points = Numbers.round((after - before) * 100, 2);
        return new FigureRow(measure, percent(before), percent(after),
                text("preview.figure.points", (points > 0 ? "+" : points < 0 ? "−" : "±") + Numbers.plain(Math.abs(points))));
    }

    private static String signed(double change, boolean money) {
        double rounded = Numbers.round(change, 2);
        String digits = money ? Numbers.money(Math.abs(rounded)) : Numbers.plain(Math.abs(rounded));
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + digits;
    }

    private static String percent(double share) {
        return Numbers.percent(Numbers.round(share, 4));
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}

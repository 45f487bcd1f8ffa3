package org.roundtable.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.roundtable.oversight.Figure;
import org.roundtable.oversight.ReviewId;
import org.roundtable.rule.RuleId;

class FigureChartTest {

    static final RuleId RULE = RuleId.of("rule-1");

    @Test
    void eachFigureAndUnitGetsAChartWithAPointPerPeriodInTheOrderOfTheReviews() {
        List<FigureChart> charts = FigureChart.of(List.of(
                review(1, "2025", true, "on_time_rate", "95.1", "%", "pay_per_hour", "22.00", "CNY/h"),
                review(2, "2026", false, "on_time_rate", "97.2", "%"),
                review(3, "2027", false, "on_time_rate", "0.964", "share", "pay_per_hour", "24.50", "CNY/h"),
                review(4, null, false)));

        assertThat(charts).extracting(FigureChart::name, FigureChart::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("on_time_rate", "%"),
                org.assertj.core.groups.Tuple.tuple("on_time_rate", "share"),
                org.assertj.core.groups.Tuple.tuple("pay_per_hour", "CNY/h"));
        FigureChart percent = charts.get(0);
        assertThat(percent.points()).extracting(FigureChart.Point::period).containsExactly("2025", "2026");
        assertThat(percent.points()).extracting(FigureChart.Point::late).containsExactly(true, false);
        assertThat(charts.get(2).points()).extracting(FigureChart.Point::value).containsExactly("22.00", "24.50");
    }

    @Test
    void theHighestValueIsDrawnHighestAndThePointsSpanThePlotFromLeftToRight() {
        FigureChart chart = FigureChart.of(List.of(review(1, "2025", false, "rate", "10", "%"),
                review(2, "2026", false, "rate", "30", "%"), review(3, "2027", false, "rate", "20", "%"))).get(0);

        List<Double> x = chart.points().stream().map(point -> Double.parseDouble(point.x())).toList();
        List<Double> y = chart.points().stream().map(point -> Double.parseDouble(point.y())).toList();
        assertThat(x).containsExactly(FigureChart.LEFT, 177.0, FigureChart.WIDTH - FigureChart.RIGHT);
        assertThat(y.get(1)).isLessThan(y.get(2)).isLessThan(y.get(0));
        assertThat(y).allMatch(at -> at >= FigureChart.TOP && at <= FigureChart.HEIGHT - FigureChart.BOTTOM);
        assertThat(chart.line()).isEqualTo(chart.points().stream().map(p -> p.x() + "," + p.y())
                .reduce((a, b) -> a + " " + b).orElseThrow());
        assertThat(chart.ticks()).extracting(FigureChart.Tick::value).containsExactly("30", "20", "10");
        assertThat(chart.points()).extracting(FigureChart.Point::anchor).containsExactly("start", "middle", "end");
    }

    @Test
    void oneValueOrEqualValuesSitInTheMiddleWithOneGuideLine() {
        FigureChart single = FigureChart.of(List.of(review(1, "2025", false, "fines", "312", "fines"))).get(0);
        assertThat(single.points()).singleElement().satisfies(point -> {
            assertThat(point.x()).isEqualTo("177.0");
            assertThat(point.y()).isEqualTo("79.0");
            assertThat(point.anchor()).isEqualTo("middle");
        });
        assertThat(single.ticks()).extracting(FigureChart.Tick::value).containsExactly("312");

        FigureChart flat = FigureChart.of(List.of(review(1, "a", false, "zero", "0", "x"),
                review(2, "b", false, "zero", "0", "x"))).get(0);
        assertThat(flat.points()).extracting(FigureChart.Point::y).containsOnly("79.0");
    }

    @Test
    void manyPeriodsAreLabelledEveryFewEndingWithTheLatestAndLongLabelsAreShortened() {
        List<ReviewView> reviews = new ArrayList<>();
        for (int cycle = 1; cycle <= 13; cycle++) {
            reviews.add(review(cycle, "period-number-" + cycle, false, "rate", String.valueOf(cycle), "%"));
        }
        FigureChart chart = FigureChart.of(reviews).get(0);

        assertThat(chart.points()).hasSize(13);
        List<String> labels = chart.points().stream().map(FigureChart.Point::label).filter(l -> l != null).toList();
        assertThat(labels).hasSizeLessThanOrEqualTo(FigureChart.MAX_LABELS).allMatch(label -> label.length() <= 9);
        assertThat(chart.points().get(12).label()).isEqualTo("period-n…");
        assertThat(chart.points().get(12).period()).isEqualTo("period-number-13");
    }

    private static ReviewView review(int cycle, String period, boolean late, String... figures) {
        SortedMap<String, Figure> values = new TreeMap<>();
        for (int i = 0; i < figures.length; i += 3) {
            values.put(figures[i], new Figure(figures[i + 1], figures[i + 2]));
        }
        return new ReviewView(ReviewId.of(RULE, 1), RULE, 1, cycle, null, LocalDate.of(2025, 1, 1).plusYears(cycle),
                period, values, null, late, false, null, null, null);
    }
}

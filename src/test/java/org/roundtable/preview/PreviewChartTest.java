package org.roundtable.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PreviewChartTest {

    static final double[] BEFORE = {20, 22, 22, 25, 30, 31, 40};
    static final double[] AFTER = {24, 25, 26, 27, 30, 33, 42};

    @Test
    void escapesEveryTextSoNothingCanRunOrBreakOut() {
        String svg = PreviewChart.histogram("<script>alert('x')</script> & \"more\"", BEFORE, AFTER, 24.0,
                "<b>floor</b>");
        assertThat(svg).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("&lt;b&gt;floor&lt;/b&gt;");
        assertThat(svg.toLowerCase()).doesNotContain("onload").doesNotContain("javascript:").doesNotContain("href");
    }

    @Test
    void drawsOneBarPerBinThatHasOrdersAndTheFloorLine() {
        String svg = PreviewChart.histogram("Pay per hour", BEFORE, AFTER, 24.0, "floor 24.00");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        long bars = Pattern.compile("<rect ").matcher(svg).results().count() - 2; // two legend swatches
        long binsBefore = nonEmpty(PreviewChart.shares(BEFORE, 20.2, 41.88));
        assertThat(bars).isGreaterThanOrEqualTo(binsBefore).isLessThanOrEqualTo(2L * PreviewChart.BINS);
        assertThat(svg).contains("stroke=\"#d62728\"").contains("floor 24.00");
    }

    @Test
    void sharesOfABinAddUpToOneAndOutliersLandInTheEdgeBins() {
        double[] shares = PreviewChart.shares(new double[] {-100, 0, 5, 10, 1000}, 0, 10);
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        assertThat(total).isEqualTo(1.0);
        assertThat(shares[0]).isEqualTo(0.4);
        assertThat(shares[PreviewChart.BINS - 1]).isEqualTo(0.4);
    }

    private static long nonEmpty(double[] shares) {
        long count = 0;
        for (double share : shares) {
            if (share > 0) {
                count++;
            }
        }
        return count;
    }
}

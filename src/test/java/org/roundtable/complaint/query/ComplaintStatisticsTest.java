package org.roundtable.complaint.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.complaint.ComplaintSettings;
import org.roundtable.complaint.query.ComplaintStatistics.Facts;
import org.roundtable.rule.RuleId;

class ComplaintStatisticsTest {

    static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
    static final RuleId RULE = RuleId.of("rule-1");
    static final ComplaintSettings SETTINGS = ComplaintSettings.defaults();

    static Facts answeredAfter(long hours, boolean upheld) {
        return new Facts(T0, T0.plus(Duration.ofHours(hours)), false, upheld, false, false);
    }

    static Facts unanswered() {
        return new Facts(T0, null, false, false, true, true);
    }

    static List<Facts> answered(int upheld, int notUpheld) {
        List<Facts> facts = new ArrayList<>();
        for (int i = 0; i < upheld; i++) {
            facts.add(answeredAfter(24, true));
        }
        for (int i = 0; i < notUpheld; i++) {
            facts.add(answeredAfter(24, false));
        }
        return facts;
    }

    @Test
    void theMedianTimeToAnswerIsTheMiddleAnsweredComplaintInHours() {
        List<Facts> odd = List.of(answeredAfter(10, false), answeredAfter(2, false), answeredAfter(30, true),
                unanswered());
        assertThat(ComplaintStatistics.of(RULE, odd, SETTINGS).medianHoursToAnswer()).isEqualTo(10.0);

        List<Facts> even = List.of(answeredAfter(10, false), answeredAfter(2, false), answeredAfter(30, true),
                answeredAfter(13, false));
        assertThat(ComplaintStatistics.of(RULE, even, SETTINGS).medianHoursToAnswer()).isEqualTo(11.5);

        Facts ninetyMinutes = new Facts(T0, T0.plus(Duration.ofMinutes(90)), false, false, false, false);
        assertThat(ComplaintStatistics.of(RULE, List.of(ninetyMinutes), SETTINGS).medianHoursToAnswer())
                .isEqualTo(1.5);
    }

    @Test
    void withoutAnswersThereIsNeitherMedianNorShare() {
        RuleComplaintStatistics statistics = ComplaintStatistics.of(RULE, List.of(unanswered(), unanswered()), SETTINGS);
        assertThat(statistics.complaints()).isEqualTo(2);
        assertThat(statistics.answered()).isZero();
        assertThat(statistics.medianHoursToAnswer()).isNull();
        assertThat(statistics.shareUpheld()).isNull();
        assertThat(statistics.escalated()).isEqualTo(2);
        assertThat(statistics.unansweredInTime()).isEqualTo(2);
        assertThat(statistics.earlyReviewRecommended()).isFalse();
    }

    @Test
    void theUpheldShareCountsAnsweredComplaintsOnly() {
        List<Facts> facts = new ArrayList<>(answered(1, 3));
        facts.add(unanswered());
        RuleComplaintStatistics statistics = ComplaintStatistics.of(RULE, facts, SETTINGS);
        assertThat(statistics.complaints()).isEqualTo(5);
        assertThat(statistics.answered()).isEqualTo(4);
        assertThat(statistics.upheld()).isEqualTo(1);
        assertThat(statistics.shareUpheld()).isEqualTo(0.25);
        assertThat(statistics.escalated()).isEqualTo(1);
    }

    @Test
    void aShareExactlyAtTheThresholdDoesNotRecommendAnEarlyReview() {
        RuleComplaintStatistics atThreshold = ComplaintStatistics.of(RULE, answered(3, 7), SETTINGS);
        assertThat(atThreshold.shareUpheld()).isEqualTo(0.3);
        assertThat(atThreshold.earlyReviewRecommended()).isFalse();
    }

    @Test
    void aShareAboveTheThresholdRecommendsAnEarlyReview() {
        RuleComplaintStatistics above = ComplaintStatistics.of(RULE, answered(4, 6), SETTINGS);
        assertThat(above.shareUpheld()).isEqualTo(0.4);
        assertThat(above.earlyReviewRecommended()).isTrue();
        assertThat(ComplaintStatistics.of(RULE, answered(7, 13), SETTINGS).earlyReviewRecommended())
                .as("7 of 20 = 0.35").isTrue();
        assertThat(ComplaintStatistics.of(RULE, answered(6, 14), SETTINGS).earlyReviewRecommended())
                .as("6 of 20 = 0.3").isFalse();
    }

    @Test
    void tooFewAnsweredComplaintsNeverRecommendAnEarlyReview() {
        assertThat(ComplaintStatistics.of(RULE, answered(4, 0), SETTINGS).earlyReviewRecommended())
                .as("4 of 4 upheld, minimum is 5").isFalse();
        assertThat(ComplaintStatistics.of(RULE, answered(5, 0), SETTINGS).earlyReviewRecommended())
                .as("5 of 5 upheld").isTrue();
        List<Facts> withUnanswered = new ArrayList<>(answered(4, 0));
        withUnanswered.add(unanswered());
        assertThat(ComplaintStatistics.of(RULE, withUnanswered, SETTINGS).earlyReviewRecommended())
                .as("five complaints but only four answered").isFalse();
    }

    @Test
    void theThresholdAndMinimumComeFromTheSettings() {
        ComplaintSettings strict = new ComplaintSettings(Duration.ofDays(7), 0.5, 2);
        assertThat(ComplaintStatistics.of(RULE, answered(1, 1), strict).earlyReviewRecommended()).isFalse();
        assertThat(ComplaintStatistics.of(RULE, answered(2, 1), strict).earlyReviewRecommended()).isTrue();
    }
}

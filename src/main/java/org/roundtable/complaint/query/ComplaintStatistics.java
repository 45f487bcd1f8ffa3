package org.roundtable.complaint.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.roundtable.complaint.ComplaintSettings;
import org.roundtable.rule.RuleId;

/** The arithmetic of a rule's public complaint statistics. */
final class ComplaintStatistics {

    /** What the statistics need of one complaint; {@code answeredAt} null while unanswered. */
    record Facts(Instant filedAt, Instant answeredAt, boolean answeredLate, boolean upheld, boolean escalated,
                 boolean overdue) {
    }

    private ComplaintStatistics() {
    }

    static RuleComplaintStatistics of(RuleId ruleId, List<Facts> complaints, ComplaintSettings settings) {
        double[] hours = complaints.stream()
                .filter(facts -> facts.answeredAt() != null)
                .mapToDouble(facts -> Duration.between(facts.filedAt(), facts.answeredAt()).toSeconds() / 3600.0)
                .toArray();
        long answered = hours.length;
        long upheld = complaints.stream().filter(facts -> facts.answeredAt() != null && facts.upheld()).count();
        long late = complaints.stream().filter(Facts::answeredLate).count();
        long escalated = complaints.stream().filter(Facts::escalated).count();
        long overdue = complaints.stream().filter(Facts::overdue).count();
        Double share = answered == 0 ? null : round((double) upheld / answered, 4);
        return new RuleComplaintStatistics(ruleId, complaints.size(), answered, late, upheld, share,
                median(hours), escalated, overdue, recommendsEarlyReview(upheld, answered, settings));
    }

    /** Above the threshold, strictly, with at least the minimum number of answered complaints. */
    static boolean recommendsEarlyReview(long upheld, long answered, ComplaintSettings settings) {
        if (answered < settings.earlyReviewMinimumComplaints()) {
            return false;
        }
        BigDecimal needed = BigDecimal.valueOf(settings.earlyReviewThreshold()).multiply(BigDecimal.valueOf(answered));
        return BigDecimal.valueOf(upheld).compareTo(needed) > 0;
    }

    /** The middle value, or the mean of the two middle values; null for no values. In hours to 0.1. */
    static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return round(median, 1);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}

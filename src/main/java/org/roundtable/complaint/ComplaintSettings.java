package org.roundtable.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the complaint channel, under {@code roundtable.complaints}: how long the platform
 * has to answer, and when a rule's complaints recommend an early review of the rule (an upheld
 * share above {@code earlyReviewThreshold} among at least {@code earlyReviewMinimumComplaints}
 * answered complaints).
 */
@ConfigurationProperties("roundtable.complaints")
public record ComplaintSettings(
        @DefaultValue("7d") Duration answerPeriod,
        @DefaultValue("0.3") double earlyReviewThreshold,
        @DefaultValue("5") int earlyReviewMinimumComplaints) {

    public ComplaintSettings {
        if (answerPeriod == null || answerPeriod.isNegative() || answerPeriod.isZero()) {
            throw new IllegalArgumentException("roundtable.complaints.answer-period must be positive");
        }
        if (earlyReviewThreshold < 0 || earlyReviewThreshold > 1) {
            throw new IllegalArgumentException("roundtable.complaints.early-review-threshold is a share from 0 to 1");
        }
        if (earlyReviewMinimumComplaints < 1) {
            throw new IllegalArgumentException(
                    "roundtable.complaints.early-review-minimum-complaints must be at least 1");
        }
    }

    public static ComplaintSettings defaults() {
        return new ComplaintSettings(Duration.ofDays(7), 0.3, 5);
    }
}

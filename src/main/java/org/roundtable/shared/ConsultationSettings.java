package org.roundtable.shared;

import java.time.Duration;
import org.roundtable.round.Threshold;
import org.roundtable.round.VoteRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legal numbers of a consultation, all configurable under {@code roundtable.consultation}:
 * minimum comment period and voting window, the 20 days a platform has to answer a written
 * request (Collective Contract Provisions art. 32), and the default vote rule (art. 36).
 */
@ConfigurationProperties("roundtable.consultation")
public record ConsultationSettings(
        @DefaultValue("7d") Duration minCommentPeriod,
        @DefaultValue("24h") Duration minVotingWindow,
        @DefaultValue("20d") Duration requestAnswerPeriod,
        @DefaultValue Rule voteRule) {

    /** The statutory defaults. */
    public static ConsultationSettings defaults() {
        return new ConsultationSettings(Duration.ofDays(7), Duration.ofHours(24), Duration.ofDays(20),
                new Rule(2, 3, Threshold.Comparison.AT_LEAST, 1, 2, Threshold.Comparison.MORE_THAN));
    }

    public VoteRule defaultVoteRule() {
        return voteRule.toVoteRule();
    }

    /** Attendance and approval fractions of the whole electorate; "半数以上" is strict by default. */
    public record Rule(
            @DefaultValue("2") long attendanceNumerator,
            @DefaultValue("3") long attendanceDenominator,
            @DefaultValue("AT_LEAST") Threshold.Comparison attendanceComparison,
            @DefaultValue("1") long approvalNumerator,
            @DefaultValue("2") long approvalDenominator,
            @DefaultValue("MORE_THAN") Threshold.Comparison approvalComparison) {

        VoteRule toVoteRule() {
            return new VoteRule(
                    new Threshold(attendanceNumerator, attendanceDenominator, attendanceComparison),
                    new Threshold(approvalNumerator, approvalDenominator, approvalComparison));
        }
    }
}

package org.roundtable.complaint.query;

import org.roundtable.rule.RuleId;

/**
 * Public statistics of the complaints about one rule; no text and no people. {@code shareUpheld}
 * is upheld / answered (null before any answer); {@code medianHoursToAnswer} is over answered
 * complaints (null before any answer). A rule is recommended for early review when its upheld share
 * is above the configured threshold among at least the configured number of answered complaints.
 */
public record RuleComplaintStatistics(RuleId ruleId, long complaints, long answered, long answeredLate,
                                      long upheld, Double shareUpheld, Double medianHoursToAnswer, long escalated,
                                      long unansweredInTime, boolean earlyReviewRecommended) {
}

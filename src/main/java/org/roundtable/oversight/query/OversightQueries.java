package org.roundtable.oversight.query;

import org.roundtable.oversight.FilingId;
import org.roundtable.rule.RuleId;

/** Questions about filings and reviews of adopted rule versions. */
public final class OversightQueries {

    private OversightQueries() {
    }

    /** One filing; answered with an optional {@link FilingView}. */
    public record FindFiling(FilingId filingId) {
    }

    /** The filings of every adopted version of a rule, oldest version first: a list of {@link FilingView}. */
    public record FindFilingsOfRule(RuleId ruleId) {
    }

    /** Every review period of every version of a rule, in order: a list of {@link ReviewView}. */
    public record FindReviewsOfRule(RuleId ruleId) {
    }

    /** The review periods of one rule version, in order: a list of {@link ReviewView}. */
    public record FindReview(org.roundtable.oversight.ReviewId reviewId) {
    }
}

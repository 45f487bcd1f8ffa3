package org.roundtable.preview;

/**
 * What a rule change would do to a sample of orders. {@code pay} is there for a pricing rule,
 * {@code time} for a delivery-time rule; the other is null. Hours of work are the orders'
 * durations only (waiting between orders is not in a sample), so real hourly pay is lower.
 */
public record PreviewResult(RuleKind ruleKind, int orders, double hoursOfWork, double hourlyFloor,
                            RuleSummary before, RuleSummary after, PayImpact pay, TimeImpact time) {

    /**
     * Pay per order and per hour of work in CNY, the total, and the share of the sample's hours
     * paid below the hourly floor, before and after.
     */
    public record PayImpact(Comparison payPerOrder, Comparison payPerHour, double totalPayBefore,
                            double totalPayAfter, double shareOfHoursBelowFloorBefore,
                            double shareOfHoursBelowFloorAfter) {
    }

    /**
     * The minutes each order is given and its slack (given minus actually taken; negative means the
     * order would have counted as late), and the share of orders that would have been late.
     */
    public record TimeImpact(Comparison minutesGiven, Comparison slackMinutes, double shareLateBefore,
                             double shareLateAfter) {
    }
}

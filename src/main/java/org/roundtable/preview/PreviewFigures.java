package org.roundtable.preview;

/**
 * The headline figures of one side (before or after) of a recorded preview. A pricing preview has
 * the pay figures (CNY; the share of hours of work paid below the hourly floor), a delivery-time
 * preview the time figures (minutes; the share of orders that would have been late); the others are null.
 */
public record PreviewFigures(Double medianPayPerOrder, Double medianPayPerHour, Double shareOfHoursBelowFloor,
                             Double medianMinutesGiven, Double medianSlackMinutes, Double shareLate) {

    static PreviewFigures pay(double medianPayPerOrder, double medianPayPerHour, double shareOfHoursBelowFloor) {
        return new PreviewFigures(medianPayPerOrder, medianPayPerHour, shareOfHoursBelowFloor, null, null, null);
    }

    static PreviewFigures time(double medianMinutesGiven, double medianSlackMinutes, double shareLate) {
        return new PreviewFigures(null, null, null, medianMinutesGiven, medianSlackMinutes, shareLate);
    }

    boolean fits(RuleKind kind) {
        boolean pay = medianPayPerOrder != null && medianPayPerHour != null && shareOfHoursBelowFloor != null;
        boolean time = medianMinutesGiven != null && medianSlackMinutes != null && shareLate != null;
        return kind == RuleKind.PRICING ? pay && !time : kind == RuleKind.TIME_ESTIMATE && time && !pay;
    }
}

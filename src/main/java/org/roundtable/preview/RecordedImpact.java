package org.roundtable.preview;

import java.util.HexFormat;

/**
 * An impact preview as it is recorded with a proposal's revision: which sample (size and SHA-256
 * of the uploaded file, so anyone holding the file can check it is the one), the hours of work in
 * it, the hourly floor used, the headline figures before and after, and the distribution the chart
 * shows in a few fixed bins. No order of the sample is kept.
 */
public record RecordedImpact(RuleKind ruleKind, int sampleSize, String sampleSha256, double hoursOfWork,
                             double hourlyFloor, PreviewFigures before, PreviewFigures after,
                             PreviewHistogram histogram) {

    public RecordedImpact {
        if (ruleKind == null || !ruleKind.previewable()) {
            throw new IllegalArgumentException("a recorded preview is of a PRICING or a TIME_ESTIMATE rule");
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("a recorded preview needs a sample of at least one order");
        }
        if (sampleSha256 == null || !sampleSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the sample's SHA-256 must be 64 lower-case hex digits");
        }
        if (!(hoursOfWork >= 0) || !(hourlyFloor >= 0) || hourlyFloor > 10_000) {
            throw new IllegalArgumentException("hours of work must not be negative, the hourly floor from 0 to 10000");
        }
        if (before == null || after == null || !before.fits(ruleKind) || !after.fits(ruleKind)) {
            throw new IllegalArgumentException("a " + ruleKind + " preview records the figures of its kind, before and"
                    + " after");
        }
        if (histogram == null || histogram.orders() != sampleSize
                || histogram.after().stream().mapToInt(Integer::intValue).sum() != sampleSize) {
            throw new IllegalArgumentException("the histogram must count every order of the sample, before and after");
        }
    }

    /** What to record of a computed preview of a sample whose file has this SHA-256 digest. */
    public static RecordedImpact of(ImpactPreview preview, byte[] sampleSha256) {
        PreviewResult result = preview.result();
        PreviewFigures before;
        PreviewFigures after;
        if (result.pay() != null) {
            PreviewResult.PayImpact pay = result.pay();
            before = PreviewFigures.pay(pay.payPerOrder().before().median(), pay.payPerHour().before().median(),
                    pay.shareOfHoursBelowFloorBefore());
            after = PreviewFigures.pay(pay.payPerOrder().after().median(), pay.payPerHour().after().median(),
                    pay.shareOfHoursBelowFloorAfter());
        } else {
            PreviewResult.TimeImpact time = result.time();
            before = PreviewFigures.time(time.minutesGiven().before().median(), time.slackMinutes().before().median(),
                    time.shareLateBefore());
            after = PreviewFigures.time(time.minutesGiven().after().median(), time.slackMinutes().after().median(),
                    time.shareLateAfter());
        }
        return new RecordedImpact(result.ruleKind(), result.orders(), HexFormat.of().formatHex(sampleSha256),
                result.hoursOfWork(), result.hourlyFloor(), before, after,
                PreviewHistogram.of(preview.secondaryBefore(), preview.secondaryAfter()));
    }
}

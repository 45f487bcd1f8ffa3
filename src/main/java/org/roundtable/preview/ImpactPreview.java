package org.roundtable.preview;

import java.util.Map;
import org.roundtable.preview.PreviewResult.PayImpact;
import org.roundtable.preview.PreviewResult.TimeImpact;
import org.roundtable.shared.DomainException;

/**
 * Evaluates a rule before and after a change on every order of a sample, in primitive arrays,
 * and sums up the differences. Per-order values stay available for charts and downloads.
 */
public final class ImpactPreview {

    private final EvaluableRule before;
    private final EvaluableRule after;
    private final OrderSample orders;
    private final double hourlyFloor;
    private final double[] valueBefore;
    private final double[] valueAfter;

    private ImpactPreview(EvaluableRule before, EvaluableRule after, OrderSample orders, double hourlyFloor) {
        this.before = before;
        this.after = after;
        this.orders = orders;
        this.hourlyFloor = hourlyFloor;
        this.valueBefore = evaluate(before, orders);
        this.valueAfter = evaluate(after, orders);
    }

    /** Reads both parameter maps as rules of {@code kind}; a refusal names the side at fault. */
    public static ImpactPreview compute(RuleKind kind, Map<String, String> before, Map<String, String> after,
                                        OrderSample orders, PreviewSettings settings) {
        requirePreviewable(kind);
        return compute(read("before", kind, before), read("after", kind, after), orders, settings.hourlyFloor());
    }

    public static ImpactPreview compute(EvaluableRule before, EvaluableRule after, OrderSample orders,
                                        double hourlyFloor) {
        requirePreviewable(before.kind());
        if (before.kind() != after.kind()) {
            throw new DomainException.Invalid("Before and after must be rules of one kind, not "
                    + before.kind() + " and " + after.kind() + ".");
        }
        if (orders.size() == 0) {
            throw new DomainException.Invalid("The order sample is empty.");
        }
        return new ImpactPreview(before, after, orders, hourlyFloor);
    }

    private static void requirePreviewable(RuleKind kind) {
        if (!kind.previewable()) {
            throw new DomainException.Invalid("A " + kind + " rule cannot be previewed on a sample of orders:"
                    + " the sample says nothing about riders. Previews take PRICING and TIME_ESTIMATE rules.");
        }
    }

    private static EvaluableRule read(String side, RuleKind kind, Map<String, String> parameters) {
        try {
            return EvaluableRule.of(kind, parameters);
        } catch (DomainException.Invalid e) {
            throw new DomainException.Invalid("The '" + side + "' rule: " + e.getMessage());
        }
    }

    private static double[] evaluate(EvaluableRule rule, OrderSample orders) {
        double[] values = new double[orders.size()];
        if (rule instanceof PricingRule pricing) {
            for (int i = 0; i < values.length; i++) {
                values[i] = pricing.pay(orders.distanceKm(i), orders.durationMinutes(i), orders.hourOfDay(i),
                        orders.weather(i));
            }
        } else if (rule instanceof DeliveryTimeRule time) {
            for (int i = 0; i < values.length; i++) {
                values[i] = time.estimateMinutes(orders.distanceKm(i), orders.hourOfDay(i), orders.weather(i),
                        orders.hardAccess(i));
            }
        }
        return values;
    }

    public RuleKind kind() {
        return before.kind();
    }

    public OrderSample orders() {
        return orders;
    }

    /** Pay in CNY (pricing) or minutes given (delivery time) of one order under the old rule. */
    public double before(int order) {
        return valueBefore[order];
    }

    public double after(int order) {
        return valueAfter[order];
    }

    /** Pay per hour of work (pricing) or slack in minutes (delivery time), per order, before. */
    public double[] secondaryBefore() {
        return secondary(valueBefore);
    }

    public double[] secondaryAfter() {
        return secondary(valueAfter);
    }

    private double[] secondary(double[] values) {
        double[] result = new double[values.length];
        boolean pricing = kind() == RuleKind.PRICING;
        for (int i = 0; i < values.length; i++) {
            double minutes = orders.durationMinutes(i);
            result[i] = pricing ? values[i] * 60 / minutes : values[i] - minutes;
        }
        return result;
    }

    public PreviewResult result() {
        double minutes = 0;
        for (int i = 0; i < orders.size(); i++) {
            minutes += orders.durationMinutes(i);
        }
        double[] secondBefore = secondaryBefore();
        double[] secondAfter = secondaryAfter();
        PayImpact pay = null;
        TimeImpact time = null;
        if (kind() == RuleKind.PRICING) {
            pay = new PayImpact(Comparison.of(valueBefore, valueAfter), Comparison.of(secondBefore, secondAfter),
                    Numbers.round(sum(valueBefore), 2), Numbers.round(sum(valueAfter), 2),
                    Numbers.round(minutesBelowFloor(secondBefore) / minutes, 4),
                    Numbers.round(minutesBelowFloor(secondAfter) / minutes, 4));
        } else {
            time = new TimeImpact(Comparison.of(valueBefore, valueAfter), Comparison.of(secondBefore, secondAfter),
                    Comparison.share(countBelowZero(secondBefore), orders.size()),
                    Comparison.share(countBelowZero(secondAfter), orders.size()));
        }
        return new PreviewResult(kind(), orders.size(), Numbers.round(minutes / 60, 2), hourlyFloor,
                before.summary(), after.summary(), pay, time);
    }

    private double minutesBelowFloor(double[] payPerHour) {
        double minutes = 0;
        for (int i = 0; i < payPerHour.length; i++) {
            if (payPerHour[i] < hourlyFloor) {
                minutes += orders.durationMinutes(i);
            }
        }
        return minutes;
    }

    private static long countBelowZero(double[] slack) {
        long count = 0;
        for (double value : slack) {
            if (value < -Comparison.NOISE) {
                count++;
            }
        }
        return count;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}

package org.roundtable.oversight.query;

import java.util.Comparator;
import java.util.List;

/**
 * What the public page of a rule shows about its oversight: the filing of every adopted version
 * (and which of them are overdue and still unfiled), every review newest first with what it now
 * waits for, and a chart of each figure over the periods.
 */
public record RuleOversight(List<FilingView> filings, List<FilingView> overdueFilings, List<ReviewStep> reviews,
                            List<FigureChart> charts) {

    public RuleOversight {
        filings = List.copyOf(filings);
        overdueFilings = List.copyOf(overdueFilings);
        reviews = List.copyOf(reviews);
        charts = List.copyOf(charts);
    }

    /**
     * One review cycle and what it waits for: the platform's results (only the latest cycle of a
     * version can), or the worker side's evaluation (only the latest submitted results can be
     * evaluated, and only once).
     */
    public record ReviewStep(ReviewView review, boolean awaitsResults, boolean awaitsEvaluation) {
    }

    /** From the filings and the reviews (in version and cycle order) of one rule. */
    public static RuleOversight of(List<FilingView> filings, List<ReviewView> reviews) {
        List<FilingView> overdue = filings.stream().filter(filing -> filing.overdue() && !filing.filed()).toList();
        List<ReviewStep> steps = reviews.stream()
                .map(review -> new ReviewStep(review, review.period() == null,
                        review.period() != null && review.decision() == null && isLatestSubmitted(review, reviews)))
                .sorted(Comparator.comparing((ReviewStep step) -> step.review().version())
                        .thenComparing(step -> step.review().cycle()).reversed())
                .toList();
        return new RuleOversight(filings, overdue, steps, FigureChart.of(reviews));
    }

    public boolean hasOverdueFiling() {
        return !overdueFilings.isEmpty();
    }

    private static boolean isLatestSubmitted(ReviewView review, List<ReviewView> reviews) {
        return reviews.stream().noneMatch(other -> other.id().equals(review.id()) && other.cycle() > review.cycle()
                && other.period() != null);
    }
}

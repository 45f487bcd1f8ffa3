package org.roundtable.oversight.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.ReviewCommands.RecordReviewEvaluation;
import org.roundtable.oversight.ReviewCommands.ScheduleReviews;
import org.roundtable.oversight.ReviewCommands.SubmitReviewResults;
import org.roundtable.oversight.ReviewEvents.ReviewEvaluated;
import org.roundtable.oversight.ReviewEvents.ReviewOverdue;
import org.roundtable.oversight.ReviewEvents.ReviewResultsSubmitted;
import org.roundtable.oversight.ReviewEvents.ReviewScheduled;
import org.roundtable.oversight.ReviewId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

/**
 * The periodic review of one adopted rule version. Each review (cycle) falls due one review period
 * after the previous one; submitting a period's results schedules the next; the worker side then
 * evaluates the latest results and may ask to negotiate the rule again.
 */
@Aggregate
class RuleReviewAggregate {

    static final String REVIEW_DUE = "review-due";

    @AggregateIdentifier
    private ReviewId reviewId;
    private RuleId ruleId;
    private int version;
    private PlatformId platformId;
    private int cycle;
    private LocalDate dueBy;
    private boolean overdue;
    private final Set<String> periods = new HashSet<>();
    private int lastSubmittedCycle;
    private String lastSubmittedPeriod;
    private int lastEvaluatedCycle;

    RuleReviewAggregate() {
    }

    @CommandHandler
    RuleReviewAggregate(ScheduleReviews command, DeadlineManager deadlines) {
        apply(new ReviewScheduled(command.reviewId(), command.ruleId(), command.version(), command.platformId(), 1,
                command.firstDueBy()));
        deadlines.schedule(OversightSettings.endOf(command.firstDueBy()), REVIEW_DUE, 1);
    }

    @CommandHandler
    void handle(SubmitReviewResults command, OversightSettings settings, DeadlineManager deadlines) {
        assertPeriodNotSubmittedYet(command.period());
        Instant now = GenericEventMessage.clock.instant();
        boolean late = OversightSettings.dayOf(now).isAfter(dueBy);
        apply(new ReviewResultsSubmitted(reviewId, cycle, command.period(), command.figures(), command.submittedBy(),
                now, late));
        deadlines.cancelAllWithinScope(REVIEW_DUE);
        int nextCycle = cycle + 1;
        LocalDate nextDueBy = dueBy.plus(settings.reviewPeriod());
        apply(new ReviewScheduled(reviewId, ruleId, version, platformId, nextCycle, nextDueBy));
        deadlines.schedule(OversightSettings.endOf(nextDueBy), REVIEW_DUE, nextCycle);
    }

    @CommandHandler
    void handle(RecordReviewEvaluation command) {
        assertResultsAwaitEvaluation();
        apply(new ReviewEvaluated(reviewId, ruleId, version, lastSubmittedCycle, lastSubmittedPeriod,
                command.decision(), command.reasons(), command.platformId(), command.roundToRequest(),
                command.evaluatedBy()));
    }

    /** Results of the current review still missing at the end of its due date: overdue, once. */
    @DeadlineHandler(deadlineName = REVIEW_DUE)
    void reviewDue(Integer dueCycle) {
        if (dueCycle != null && dueCycle == cycle && lastSubmittedCycle < cycle && !overdue) {
            apply(new ReviewOverdue(reviewId, cycle, dueBy));
        }
    }

    private void assertPeriodNotSubmittedYet(String period) {
        if (periods.contains(period)) {
            throw new DomainException.Conflict("Results for period " + period + " of " + reviewId
                    + " are already submitted; each period is submitted once.");
        }
    }

    private void assertResultsAwaitEvaluation() {
        if (lastSubmittedCycle == 0) {
            throw new DomainException.Conflict("The platform has not submitted review results for " + reviewId
                    + " yet; evaluate them once they are submitted.");
        }
        if (lastEvaluatedCycle == lastSubmittedCycle) {
            throw new DomainException.Conflict("The results for period " + lastSubmittedPeriod
                    + " are already evaluated; wait for the next period's results.");
        }
    }

    @EventSourcingHandler
    void on(ReviewScheduled event) {
        reviewId = event.reviewId();
        ruleId = event.ruleId();
        version = event.version();
        platformId = event.platformId();
        cycle = event.cycle();
        dueBy = event.dueBy();
        overdue = false;
    }

    @EventSourcingHandler
    void on(ReviewResultsSubmitted event) {
        periods.add(event.period());
        lastSubmittedCycle = event.cycle();
        lastSubmittedPeriod = event.period();
    }

    @EventSourcingHandler
    void on(ReviewEvaluated event) {
        lastEvaluatedCycle = event.cycle();
    }

    @EventSourcingHandler
    void on(ReviewOverdue event) {
        overdue = true;
    }
}

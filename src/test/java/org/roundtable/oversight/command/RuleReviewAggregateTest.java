package org.roundtable.oversight.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.oversight.Figure;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.ReviewCommands.RecordReviewEvaluation;
import org.roundtable.oversight.ReviewCommands.ScheduleReviews;
import org.roundtable.oversight.ReviewCommands.SubmitReviewResults;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewEvents.ReviewEvaluated;
import org.roundtable.oversight.ReviewEvents.ReviewOverdue;
import org.roundtable.oversight.ReviewEvents.ReviewResultsSubmitted;
import org.roundtable.oversight.ReviewEvents.ReviewScheduled;
import org.roundtable.oversight.ReviewId;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

class RuleReviewAggregateTest {

    static final RuleId RULE = RuleId.of("rule-1");
    static final ReviewId REVIEW = ReviewId.of(RULE, 2);
    static final PlatformId PLATFORM = PlatformId.of("pf-1");
    static final PersonId HR = PersonId.of("hr-1");
    static final PersonId REP = PersonId.of("rep-1");
    static final RoundId ROUND = RoundId.of("rnd-review");
    static final LocalDate DUE = LocalDate.of(2027, 3, 6);
    static final LocalDate NEXT_DUE = LocalDate.of(2028, 3, 6);
    static final ReviewScheduled SCHEDULED = new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 1, DUE);

    AggregateTestFixture<RuleReviewAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RuleReviewAggregate.class);
        fixture.registerInjectableResource(OversightSettings.defaults());
        fixture.setReportIllegalStateChange(false);
    }

    static SortedMap<String, Figure> figures() {
        SortedMap<String, Figure> figures = new TreeMap<>();
        figures.put("on_time_rate", new Figure("97.2", "%"));
        figures.put("pay_per_hour", new Figure("26.40", "CNY/h"));
        figures.put("penalties_issued", new Figure("312", "penalties"));
        return figures;
    }

    static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(OversightSettings.ZONE).toInstant();
    }

    static ReviewResultsSubmitted submitted(String period, boolean late) {
        return new ReviewResultsSubmitted(REVIEW, 1, period, figures(), HR, morningOf(LocalDate.of(2027, 2, 1)), late);
    }

    @Test
    void schedulesTheFirstReviewWithADeadline() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleReviews(REVIEW, RULE, 2, PLATFORM, DUE))
                .expectEvents(SCHEDULED)
                .expectScheduledDeadlineWithName(OversightSettings.endOf(DUE), RuleReviewAggregate.REVIEW_DUE);
    }

    @Test
    void submittingResultsSchedulesTheNextReviewOnePeriodLater() {
        Instant now = morningOf(LocalDate.of(2027, 2, 1));
        fixture.given(SCHEDULED)
                .andGivenCurrentTime(now)
                .when(new SubmitReviewResults(REVIEW, "2026", figures(), HR))
                .expectEvents(new ReviewResultsSubmitted(REVIEW, 1, "2026", figures(), HR, now, false),
                        new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, NEXT_DUE))
                .expectScheduledDeadlineWithName(OversightSettings.endOf(NEXT_DUE), RuleReviewAggregate.REVIEW_DUE);
    }

    @Test
    void theReviewPeriodIsASetting() {
        fixture = new AggregateTestFixture<>(RuleReviewAggregate.class);
        fixture.registerInjectableResource(new OversightSettings(10, Period.ofMonths(6)));
        Instant now = morningOf(LocalDate.of(2027, 2, 1));
        fixture.given(SCHEDULED)
                .andGivenCurrentTime(now)
                .when(new SubmitReviewResults(REVIEW, "2026", figures(), HR))
                .expectEvents(new ReviewResultsSubmitted(REVIEW, 1, "2026", figures(), HR, now, false),
                        new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, DUE.plusMonths(6)));
    }

    @Test
    void marksResultsAfterTheDueDateLate() {
        Instant now = morningOf(DUE.plusDays(3));
        fixture.given(SCHEDULED, new ReviewOverdue(REVIEW, 1, DUE))
                .andGivenCurrentTime(now)
                .when(new SubmitReviewResults(REVIEW, "2026", figures(), HR))
                .expectEvents(new ReviewResultsSubmitted(REVIEW, 1, "2026", figures(), HR, now, true),
                        new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, NEXT_DUE));
    }

    @Test
    void refusesResultsForAPeriodAlreadySubmitted() {
        fixture.given(SCHEDULED, submitted("2026", false), new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, NEXT_DUE))
                .when(new SubmitReviewResults(REVIEW, "2026", figures(), HR))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesAFigureThatIsNotADecimalNumber() {
        assertThatThrownBy(() -> new Figure("ninety", "%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubmitReviewResults(REVIEW, "2026", new TreeMap<>(), HR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsAnEvaluationToKeepTheRule() {
        fixture.given(SCHEDULED, submitted("2026", false), new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, NEXT_DUE))
                .when(new RecordReviewEvaluation(REVIEW, ReviewDecision.KEEP, "Figures are fine.", PLATFORM, ROUND, REP))
                .expectEvents(new ReviewEvaluated(REVIEW, RULE, 2, 1, "2026", ReviewDecision.KEEP, "Figures are fine.",
                        PLATFORM, null, REP));
    }

    @Test
    void anEvaluationToRenegotiateNamesTheRoundToRequest() {
        fixture.given(SCHEDULED, submitted("2026", false), new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, NEXT_DUE))
                .when(new RecordReviewEvaluation(REVIEW, ReviewDecision.RENEGOTIATE, "Pay below the floor.",
                        PLATFORM, ROUND, REP))
                .expectEvents(new ReviewEvaluated(REVIEW, RULE, 2, 1, "2026", ReviewDecision.RENEGOTIATE,
                        "Pay below the floor.", PLATFORM, ROUND, REP));
    }

    @Test
    void refusesARenegotiationWithoutReasons() {
        assertThatThrownBy(() -> new RecordReviewEvaluation(REVIEW, ReviewDecision.RENEGOTIATE, " ", PLATFORM, ROUND,
                REP)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEvaluationBeforeAnyResults() {
        fixture.given(SCHEDULED)
                .when(new RecordReviewEvaluation(REVIEW, ReviewDecision.KEEP, null, PLATFORM, null, REP))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesASecondEvaluationOfTheSameResults() {
        fixture.given(SCHEDULED, submitted("2026", false), new ReviewScheduled(REVIEW, RULE, 2, PLATFORM, 2, NEXT_DUE),
                        new ReviewEvaluated(REVIEW, RULE, 2, 1, "2026", ReviewDecision.KEEP, null, PLATFORM, null, REP))
                .when(new RecordReviewEvaluation(REVIEW, ReviewDecision.KEEP, null, PLATFORM, null, REP))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void aReviewNotSubmittedByItsDueDateBecomesOverdue() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2026, 3, 6)))
                .andGivenCommands(new ScheduleReviews(REVIEW, RULE, 2, PLATFORM, DUE))
                .whenTimeAdvancesTo(OversightSettings.endOf(DUE))
                .expectEvents(new ReviewOverdue(REVIEW, 1, DUE))
                .expectTriggeredDeadlinesWithName(RuleReviewAggregate.REVIEW_DUE);
    }

    @Test
    void aSubmittedReviewIsNotOverdue() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2027, 2, 1)))
                .andGivenCommands(new ScheduleReviews(REVIEW, RULE, 2, PLATFORM, DUE),
                        new SubmitReviewResults(REVIEW, "2026", figures(), HR))
                .whenTimeAdvancesTo(OversightSettings.endOf(DUE).plusSeconds(60))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }
}

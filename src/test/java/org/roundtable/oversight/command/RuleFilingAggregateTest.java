package org.roundtable.oversight.command;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.oversight.FilingCommands.OpenFiling;
import org.roundtable.oversight.FilingCommands.RecordFiling;
import org.roundtable.oversight.FilingEvents.FilingOpened;
import org.roundtable.oversight.FilingEvents.FilingOverdue;
import org.roundtable.oversight.FilingEvents.RuleVersionFiled;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

class RuleFilingAggregateTest {

    static final RuleId RULE = RuleId.of("rule-1");
    static final FilingId FILING = FilingId.of(RULE, 2);
    static final PlatformId PLATFORM = PlatformId.of("pf-1");
    static final PersonId HR = PersonId.of("hr-1");
    // Friday 2026-03-06, adopted; 10 working days later is Friday 2026-03-20.
    static final LocalDate ADOPTED = LocalDate.of(2026, 3, 6);
    static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    static final FilingOpened OPENED = new FilingOpened(FILING, RULE, 2, PLATFORM, ADOPTED, DUE);

    AggregateTestFixture<RuleFilingAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RuleFilingAggregate.class);
        fixture.setReportIllegalStateChange(false);
    }

    private static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(OversightSettings.ZONE).toInstant();
    }

    @Test
    void opensAFilingDueAtTheEndOfItsDueDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenFiling(FILING, RULE, 2, PLATFORM, ADOPTED, DUE))
                .expectEvents(OPENED)
                .expectScheduledDeadlineWithName(OversightSettings.endOf(DUE), RuleFilingAggregate.FILING_DUE);
    }

    @Test
    void dueDateCountsTenWorkingDaysSkippingWeekends() {
        // Adopted on a Friday: the two weekends in between are not counted.
        org.assertj.core.api.Assertions.assertThat(OversightSettings.defaults().filingDueAfter(ADOPTED))
                .isEqualTo(DUE);
        // Adopted on a Saturday: the count starts on Monday.
        org.assertj.core.api.Assertions.assertThat(
                OversightSettings.defaults().filingDueAfter(LocalDate.of(2026, 3, 7))).isEqualTo(DUE);
    }

    @Test
    void recordsAFilingInTime() {
        fixture.given(OPENED)
                .andGivenCurrentTime(morningOf(LocalDate.of(2026, 3, 12)))
                .when(new RecordFiling(FILING, "GD-2026-0042", LocalDate.of(2026, 3, 11), HR))
                .expectEvents(new RuleVersionFiled(FILING, "GD-2026-0042", LocalDate.of(2026, 3, 11), false, HR))
                .expectNoScheduledDeadlines();
    }

    @Test
    void marksAFilingAfterTheDueDateLate() {
        fixture.given(OPENED, new FilingOverdue(FILING, DUE))
                .andGivenCurrentTime(morningOf(LocalDate.of(2026, 3, 25)))
                .when(new RecordFiling(FILING, "GD-2026-0043", LocalDate.of(2026, 3, 23), HR))
                .expectEvents(new RuleVersionFiled(FILING, "GD-2026-0043", LocalDate.of(2026, 3, 23), true, HR));
    }

    @Test
    void refusesASecondFilingNumber() {
        fixture.given(OPENED, new RuleVersionFiled(FILING, "GD-1", LocalDate.of(2026, 3, 9), false, HR))
                .andGivenCurrentTime(morningOf(LocalDate.of(2026, 3, 12)))
                .when(new RecordFiling(FILING, "GD-2", LocalDate.of(2026, 3, 10), HR))
                .expectException(DomainException.Conflict.class);
    }

    @Test
    void refusesAFilingDateInTheFuture() {
        fixture.given(OPENED)
                .andGivenCurrentTime(morningOf(LocalDate.of(2026, 3, 10)))
                .when(new RecordFiling(FILING, "GD-1", LocalDate.of(2026, 3, 11), HR))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesAFilingDateBeforeAdoption() {
        fixture.given(OPENED)
                .andGivenCurrentTime(morningOf(LocalDate.of(2026, 3, 10)))
                .when(new RecordFiling(FILING, "GD-1", LocalDate.of(2026, 3, 5), HR))
                .expectException(DomainException.Invalid.class);
    }

    @Test
    void refusesAFilingNumberLongerThan64Characters() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RecordFiling(FILING, "x".repeat(65), LocalDate.of(2026, 3, 9), HR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isNotOverdueDuringItsDueDate() {
        fixture.givenCurrentTime(morningOf(ADOPTED))
                .andGivenCommands(new OpenFiling(FILING, RULE, 2, PLATFORM, ADOPTED, DUE))
                .whenTimeAdvancesTo(OversightSettings.endOf(DUE).minusSeconds(1))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    void theFilingDeadlineRaisesOverdueWhenStillUnfiled() {
        fixture.givenCurrentTime(morningOf(ADOPTED))
                .andGivenCommands(new OpenFiling(FILING, RULE, 2, PLATFORM, ADOPTED, DUE))
                .whenTimeAdvancesTo(OversightSettings.endOf(DUE))
                .expectEvents(new FilingOverdue(FILING, DUE))
                .expectTriggeredDeadlinesWithName(RuleFilingAggregate.FILING_DUE);
    }

    @Test
    void aFiledVersionNeverBecomesOverdue() {
        fixture.givenCurrentTime(morningOf(LocalDate.of(2026, 3, 9)))
                .andGivenCommands(new OpenFiling(FILING, RULE, 2, PLATFORM, ADOPTED, DUE),
                        new RecordFiling(FILING, "GD-1", LocalDate.of(2026, 3, 9), HR))
                .whenTimeAdvancesTo(OversightSettings.endOf(DUE).plusSeconds(60))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }
}

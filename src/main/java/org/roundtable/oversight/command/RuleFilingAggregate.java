package org.roundtable.oversight.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.oversight.FilingCommands.OpenFiling;
import org.roundtable.oversight.FilingCommands.RecordFiling;
import org.roundtable.oversight.FilingEvents.FilingOpened;
import org.roundtable.oversight.FilingEvents.FilingOverdue;
import org.roundtable.oversight.FilingEvents.RuleVersionFiled;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.shared.DomainException;

/**
 * The filing (备案) of one adopted rule version with the regulator: open when the version is
 * adopted, due a number of working days later, overdue once if the due date passes unfiled.
 */
@Aggregate
class RuleFilingAggregate {

    static final String FILING_DUE = "filing-due";

    @AggregateIdentifier
    private FilingId filingId;
    private LocalDate adoptedOn;
    private LocalDate dueBy;
    private boolean filed;
    private boolean overdue;

    RuleFilingAggregate() {
    }

    @CommandHandler
    RuleFilingAggregate(OpenFiling command, DeadlineManager deadlines) {
        if (command.dueBy().isBefore(command.adoptedOn())) {
            throw new DomainException.Invalid("A filing cannot fall due before the version was adopted.");
        }
        apply(new FilingOpened(command.filingId(), command.ruleId(), command.version(), command.platformId(),
                command.adoptedOn(), command.dueBy()));
        deadlines.schedule(OversightSettings.endOf(command.dueBy()), FILING_DUE);
    }

    @CommandHandler
    void handle(RecordFiling command, DeadlineManager deadlines) {
        assertNotFiledYet();
        assertFiledOnIsPossible(command.filedOn());
        apply(new RuleVersionFiled(filingId, command.filingNumber(), command.filedOn(),
                command.filedOn().isAfter(dueBy), command.recordedBy()));
        deadlines.cancelAllWithinScope(FILING_DUE);
    }

    /** Still unfiled at the end of the due date: overdue, once. */
    @DeadlineHandler(deadlineName = FILING_DUE)
    void filingDue() {
        if (!filed && !overdue) {
            apply(new FilingOverdue(filingId, dueBy));
        }
    }

    private void assertNotFiledYet() {
        if (filed) {
            throw new DomainException.Conflict("Rule version " + filingId + " is already filed; "
                    + "a filing number is recorded only once.");
        }
    }

    private void assertFiledOnIsPossible(LocalDate filedOn) {
        if (filedOn.isBefore(adoptedOn)) {
            throw new DomainException.Invalid("The filing date " + filedOn + " is before the version was adopted on "
                    + adoptedOn + "; give the day the regulator received it.");
        }
        LocalDate today = OversightSettings.dayOf(GenericEventMessage.clock.instant());
        if (filedOn.isAfter(today)) {
            throw new DomainException.Invalid("The filing date " + filedOn + " is in the future; record a filing "
                    + "once it is made.");
        }
    }

    @EventSourcingHandler
    void on(FilingOpened event) {
        filingId = event.filingId();
        adoptedOn = event.adoptedOn();
        dueBy = event.dueBy();
    }

    @EventSourcingHandler
    void on(RuleVersionFiled event) {
        filed = true;
    }

    @EventSourcingHandler
    void on(FilingOverdue event) {
        overdue = true;
    }
}

package org.roundtable.proposal.command;

import static org.hamcrest.Matchers.containsString;
import static org.roundtable.proposal.command.ProposalSamples.BASE_FARE;
import static org.roundtable.proposal.command.ProposalSamples.DISPATCH;
import static org.roundtable.proposal.command.ProposalSamples.HR;
import static org.roundtable.proposal.command.ProposalSamples.PER_KM;
import static org.roundtable.proposal.command.ProposalSamples.PLATFORM;
import static org.roundtable.proposal.command.ProposalSamples.PRICING;
import static org.roundtable.proposal.command.ProposalSamples.PROPOSAL;
import static org.roundtable.proposal.command.ProposalSamples.ROUND;
import static org.roundtable.proposal.command.ProposalSamples.content;
import static org.roundtable.proposal.command.ProposalSamples.drafted;
import static org.roundtable.proposal.command.ProposalSamples.locked;
import static org.roundtable.proposal.command.ProposalSamples.placed;
import static org.roundtable.proposal.command.ProposalSamples.submitted;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.EditDraft;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalEvents.DraftEdited;
import org.roundtable.proposal.ProposalEvents.ProposalRevised;
import org.roundtable.proposal.ProposalEvents.ProposalSubmitted;
import org.roundtable.proposal.ProposalEvents.ProposalUnlockedAfterVote;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.round.AmendmentId;
import org.roundtable.shared.DomainException;

/** Drafting, submitting and revising a proposal. */
class ProposalAggregateTest {

    private static final ParameterChange HIGHER_BASE_FARE =
            new ParameterChange(PRICING, "base fare", "3.5", "4.5", "CNY");
    private static final ParameterChange SHORTER_RADIUS =
            new ParameterChange(DISPATCH, "radius", "5", "3", "km");

    private AggregateTestFixture<ProposalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProposalAggregate.class);
        fixture.registerInjectableResource(new FakeRuleModels());
    }

    @Test
    void draftsAProposalForAPlatform() {
        fixture.givenNoPriorActivity()
                .when(new DraftProposal(PROPOSAL, PLATFORM, content(), HR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(drafted());
    }

    @Test
    void refusesADraftThatNamesAParameterTwice() {
        fixture.givenNoPriorActivity()
                .when(new DraftProposal(PROPOSAL, PLATFORM, content(List.of(BASE_FARE, HIGHER_BASE_FARE)), HR))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("base fare"))
                .expectNoEvents();
    }

    @Test
    void editsADraftThatIsNotSubmittedYet() {
        fixture.given(drafted())
                .when(new EditDraft(PROPOSAL, content(List.of(HIGHER_BASE_FARE)), HR))
                .expectEvents(new DraftEdited(PROPOSAL, content(List.of(HIGHER_BASE_FARE)), HR));
    }

    @Test
    void refusesToEditASubmittedProposal() {
        fixture.given(drafted(), submitted())
                .when(new EditDraft(PROPOSAL, content(List.of(HIGHER_BASE_FARE)), HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToEditAWithdrawnDraft() {
        fixture.given(drafted(), new ProposalWithdrawn(PROPOSAL, "Not needed", HR, null))
                .when(new EditDraft(PROPOSAL, content(List.of(HIGHER_BASE_FARE)), HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnEditThatNamesAParameterTwice() {
        fixture.given(drafted())
                .when(new EditDraft(PROPOSAL, content(List.of(BASE_FARE, HIGHER_BASE_FARE)), HR))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    @Test
    void submitsTheDraftAsItStandsAsRevisionOne() {
        PersonId submitter = PersonId.of("p-hr-2");
        fixture.given(drafted(), new DraftEdited(PROPOSAL, content(List.of(HIGHER_BASE_FARE)), HR))
                .when(new SubmitProposal(PROPOSAL, submitter))
                .expectEvents(new ProposalSubmitted(PROPOSAL, PLATFORM, content(List.of(HIGHER_BASE_FARE)), submitter));
    }

    @Test
    void refusesToSubmitTwice() {
        fixture.given(drafted(), submitted())
                .when(new SubmitProposal(PROPOSAL, HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToSubmitAWithdrawnDraft() {
        fixture.given(drafted(), new ProposalWithdrawn(PROPOSAL, "Not needed", HR, null))
                .when(new SubmitProposal(PROPOSAL, HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void revisesASubmittedProposalAsRevisionTwoWithTheFullDiffAndItsDelta() {
        fixture.given(drafted(), submitted())
                .when(new ReviseProposal(PROPOSAL, List.of(HIGHER_BASE_FARE, SHORTER_RADIUS), "Answering opinions",
                        null, HR))
                .expectResultMessagePayload(2)
                .expectEvents(new ProposalRevised(PROPOSAL, 2, List.of(HIGHER_BASE_FARE, PER_KM, SHORTER_RADIUS),
                        List.of(new RevisionDelta(PRICING, "base fare", "4.0", "4.5"),
                                new RevisionDelta(DISPATCH, "radius", null, "3")),
                        "Answering opinions", null, HR));
    }

    @Test
    void numbersEachRevisionAfterThePreviousOne() {
        ProposalRevised second = new ProposalRevised(PROPOSAL, 2, List.of(HIGHER_BASE_FARE, PER_KM),
                List.of(new RevisionDelta(PRICING, "base fare", "4.0", "4.5")), "First answer", null, HR);
        fixture.given(drafted(), submitted(), second)
                .when(new ReviseProposal(PROPOSAL, List.of(BASE_FARE), "Back to 4.0", null, HR))
                .expectResultMessagePayload(3)
                .expectEvents(new ProposalRevised(PROPOSAL, 3, List.of(BASE_FARE, PER_KM),
                        List.of(new RevisionDelta(PRICING, "base fare", "4.5", "4.0")), "Back to 4.0", null, HR));
    }

    @Test
    void recordsTheAmendmentBehindARevision() {
        AmendmentId amendment = AmendmentId.of("am-7");
        PersonId acceptedBy = PersonId.of("p-hr-2");
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(new ReviseProposal(PROPOSAL, List.of(SHORTER_RADIUS), "Amendment am-7 accepted: fair",
                        amendment, acceptedBy))
                .expectEvents(new ProposalRevised(PROPOSAL, 2, List.of(BASE_FARE, PER_KM, SHORTER_RADIUS),
                        List.of(new RevisionDelta(DISPATCH, "radius", null, "3")), "Amendment am-7 accepted: fair",
                        amendment, acceptedBy));
    }

    @Test
    void aRedeliveredAmendmentIsNotAppliedTwice() {
        AmendmentId amendment = AmendmentId.of("am-7");
        fixture.given(drafted(), submitted(), placed(ROUND),
                        new ProposalRevised(PROPOSAL, 2, List.of(BASE_FARE, PER_KM, SHORTER_RADIUS),
                                List.of(new RevisionDelta(DISPATCH, "radius", null, "3")), "Amendment am-7 accepted",
                                amendment, HR))
                .when(new ReviseProposal(PROPOSAL, List.of(SHORTER_RADIUS), "Amendment am-7 accepted", amendment, HR))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2)
                .expectNoEvents();
    }

    @Test
    void refusesToReviseADraft() {
        fixture.given(drafted())
                .when(new ReviseProposal(PROPOSAL, List.of(HIGHER_BASE_FARE), "Too early", null, HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("submit it first"))
                .expectNoEvents();
    }

    @Test
    void refusesToReviseWhileLockedForVote() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(new ReviseProposal(PROPOSAL, List.of(HIGHER_BASE_FARE), "Too late", null, HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesToReviseAWithdrawnProposal() {
        fixture.given(drafted(), submitted(), new ProposalWithdrawn(PROPOSAL, "Dropped", HR, null))
                .when(new ReviseProposal(PROPOSAL, List.of(HIGHER_BASE_FARE), "Revived", null, HR))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesARevisionThatChangesNothing() {
        fixture.given(drafted(), submitted())
                .when(new ReviseProposal(PROPOSAL, List.of(BASE_FARE, PER_KM), "Same again", null, HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("changes nothing"))
                .expectNoEvents();
    }

    @Test
    void refusesARevisionThatNamesAParameterTwice() {
        fixture.given(drafted(), submitted())
                .when(new ReviseProposal(PROPOSAL, List.of(HIGHER_BASE_FARE, BASE_FARE), "Twice", null, HR))
                .expectException(DomainException.Invalid.class)
                .expectNoEvents();
    }

    @Test
    void revisesAgainOnceAFailedVoteUnlockedIt() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND),
                        new ProposalUnlockedAfterVote(PROPOSAL, ROUND))
                .when(new ReviseProposal(PROPOSAL, List.of(HIGHER_BASE_FARE), "After the vote", null, HR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProposalRevised(PROPOSAL, 2, List.of(HIGHER_BASE_FARE, PER_KM),
                        List.of(new RevisionDelta(PRICING, "base fare", "4.0", "4.5")), "After the vote", null, HR));
    }

    @Test
    void aDraftEditDoesNotCountAsARevision() {
        fixture.given(drafted(), new DraftEdited(PROPOSAL, content(List.of(PER_KM)), HR),
                        new ProposalSubmitted(PROPOSAL, PLATFORM, content(List.of(PER_KM)), HR))
                .when(new ReviseProposal(PROPOSAL, List.of(BASE_FARE), "Add the base fare", null, HR))
                .expectEvents(new ProposalRevised(PROPOSAL, 2, List.of(PER_KM, BASE_FARE),
                        List.of(new RevisionDelta(PRICING, "base fare", null, "4.0")), "Add the base fare", null, HR));
    }
}

package org.roundtable.proposal.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.EditDraft;
import org.roundtable.proposal.ProposalCommands.LockForVote;
import org.roundtable.proposal.ProposalCommands.PlaceUnderConsultation;
import org.roundtable.proposal.ProposalCommands.RecordImpactPreview;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalCommands.ReleaseFromConsultation;
import org.roundtable.proposal.ProposalCommands.UnlockAfterVote;
import org.roundtable.proposal.ProposalCommands.WithdrawProposal;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.proposal.ProposalEvents.DraftEdited;
import org.roundtable.proposal.ProposalEvents.ImpactPreviewRecorded;
import org.roundtable.proposal.ProposalEvents.ProposalDrafted;
import org.roundtable.proposal.ProposalEvents.ProposalLockedForVote;
import org.roundtable.proposal.ProposalEvents.ProposalPlacedUnderConsultation;
import org.roundtable.proposal.ProposalEvents.ProposalReleasedFromConsultation;
import org.roundtable.proposal.ProposalEvents.ProposalRevised;
import org.roundtable.proposal.ProposalEvents.ProposalSubmitted;
import org.roundtable.proposal.ProposalEvents.ProposalUnlockedAfterVote;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModels;
import org.roundtable.shared.DomainException;

/**
 * An algorithm-rule proposal: drafted and edited by platform HR, submitted once (revision 1),
 * then changed only by numbered revisions until voting locks the revision being voted on.
 */
@Aggregate
class ProposalAggregate {

    @AggregateIdentifier
    private ProposalId proposalId;
    private PlatformId platformId;
    private ProposalContent content;
    private boolean submitted;
    private boolean withdrawn;
    private int revision;
    private RoundId roundId;
    private RoundId lockedBy;
    /** The revision each accepted amendment became, so a redelivered amendment is not applied twice. */
    private final Map<AmendmentId, Integer> revisionOfAmendment = new HashMap<>();

    ProposalAggregate() {
        // for Axon
    }

    @CommandHandler
    ProposalAggregate(DraftProposal command) {
        ParameterDiff.requireOneLinePerParameter(command.content().changes());
        apply(new ProposalDrafted(command.proposalId(), command.platformId(), command.content(), command.draftedBy()));
    }

    @CommandHandler
    void handle(EditDraft command) {
        assertNotWithdrawn();
        assertStillADraft();
        ParameterDiff.requireOneLinePerParameter(command.content().changes());
        apply(new DraftEdited(proposalId, command.content(), command.editedBy()));
    }

    @CommandHandler
    void handle(SubmitProposal command, RuleModels rules) {
        assertNotWithdrawn();
        assertStillADraft();
        AfterState.requireValid(content.changes(), rules, "Submitting proposal " + proposalId);
        apply(new ProposalSubmitted(proposalId, platformId, content, command.submittedBy()));
    }

    /** Answers the number of the new revision. */
    @CommandHandler
    int handle(ReviseProposal command, RuleModels rules) {
        if (command.amendmentId() != null && revisionOfAmendment.containsKey(command.amendmentId())) {
            return revisionOfAmendment.get(command.amendmentId());
        }
        assertNotWithdrawn();
        assertSubmitted("revised");
        assertNotLockedForVote("revised");
        ParameterDiff.Revised revised = new ParameterDiff(content.changes()).revise(command.changes());
        assertChangesSomething(revised);
        int next = revision + 1;
        AfterState.requireValid(revised.lines(), rules, "Revision " + next + " of proposal " + proposalId);
        apply(new ProposalRevised(proposalId, next, revised.lines(), revised.delta(), command.reason(),
                command.amendmentId(), command.revisedBy()));
        return next;
    }

    /**
     * Records an impact preview of the current revision: by the proposal's own platform, while the
     * proposal can still change (submitted, not withdrawn, voting not opened), of a rule it changes.
     */
    @CommandHandler
    void handle(RecordImpactPreview command) {
        assertOwnPlatform(command.recorderPlatform());
        assertNotWithdrawn();
        assertSubmitted("previewed");
        assertOpenToPreviews();
        assertCurrentRevision(command.revision());
        assertChangesRule(command.ruleId());
        apply(new ImpactPreviewRecorded(proposalId, command.revision(), command.ruleId(), command.ruleVersion(),
                command.impact(), command.recordedBy()));
    }

    @CommandHandler
    void handle(WithdrawProposal command) {
        assertNotWithdrawn();
        assertNotLockedForVote("withdrawn");
        requireReason(command.reason());
        apply(new ProposalWithdrawn(proposalId, command.reason(), command.withdrawnBy(), roundId));
    }

    @CommandHandler
    void handle(PlaceUnderConsultation command) {
        assertNotWithdrawn();
        assertSubmitted("placed under consultation");
        assertNotUnderARound(command.roundId());
        apply(new ProposalPlacedUnderConsultation(proposalId, command.roundId()));
    }

    @CommandHandler
    void handle(LockForVote command) {
        assertNotWithdrawn();
        assertUnderRound(command.roundId());
        assertNotLockedForVote("locked again");
        apply(new ProposalLockedForVote(proposalId, command.roundId(), revision, content.changes(),
                content.effectiveDate()));
    }

    @CommandHandler
    void handle(UnlockAfterVote command) {
        assertLockedBy(command.roundId());
        apply(new ProposalUnlockedAfterVote(proposalId, command.roundId()));
    }

    @CommandHandler
    void handle(ReleaseFromConsultation command) {
        assertUnderRound(command.roundId());
        assertNotLockedForVote("released");
        apply(new ProposalReleasedFromConsultation(proposalId, command.roundId()));
    }

    private void assertNotWithdrawn() {
        if (withdrawn) {
            throw new DomainException.Conflict("Proposal " + proposalId + " has been withdrawn; draft a new proposal instead.");
        }
    }

    private void assertStillADraft() {
        if (submitted) {
            throw new DomainException.Conflict("Proposal " + proposalId
                    + " has already been submitted; change it with a numbered revision instead.");
        }
    }

    private void assertSubmitted(String what) {
        if (!submitted) {
            throw new DomainException.Conflict("Proposal " + proposalId + " is still a draft and cannot be " + what
                    + "; submit it first.");
        }
    }

    private void assertNotLockedForVote(String what) {
        if (lockedBy != null) {
            throw new DomainException.Conflict("Proposal " + proposalId + " is locked while round " + lockedBy
                    + " votes on revision " + revision + ", so it cannot be " + what + ".");
        }
    }

    private void assertOwnPlatform(PlatformId platform) {
        if (!platformId.equals(platform)) {
            throw new DomainException.NotAllowed("Only HR or worker representatives of platform " + platformId
                    + " may record impact previews for its proposal " + proposalId + ".");
        }
    }

    private void assertOpenToPreviews() {
        if (lockedBy != null) {
            throw new DomainException.Conflict("Voting on revision " + revision + " of proposal " + proposalId
                    + " opened in round " + lockedBy + ": the text is final (and stays so once adopted), so impact"
                    + " previews are no longer recorded for it.");
        }
    }

    private void assertCurrentRevision(int computedFor) {
        if (computedFor != revision) {
            throw new DomainException.Conflict("This preview was computed for revision " + computedFor
                    + " of proposal " + proposalId + ", but the proposal stands at revision " + revision
                    + ". Compute it again for the current revision.");
        }
    }

    private void assertChangesRule(RuleId ruleId) {
        if (content.changes().stream().noneMatch(change -> change.ruleId().equals(ruleId))) {
            throw new DomainException.Invalid("Revision " + revision + " of proposal " + proposalId
                    + " does not change rule " + ruleId + ", so it has no impact on it to preview.");
        }
    }

    private void assertChangesSomething(ParameterDiff.Revised revised) {
        if (revised.changesNothing()) {
            throw new DomainException.Conflict("This revision changes nothing: revision " + revision
                    + " of proposal " + proposalId + " already has exactly these lines. Change a value or add a parameter.");
        }
    }

    private void assertNotUnderARound(RoundId round) {
        if (round.equals(roundId)) {
            throw new DomainException.Conflict("Proposal " + proposalId + " is already under consultation in round "
                    + round + ".");
        }
        if (roundId != null) {
            throw new DomainException.Conflict("Proposal " + proposalId + " is still under consultation in round "
                    + roundId + "; that round must end before another one opens on it.");
        }
    }

    private void assertUnderRound(RoundId round) {
        if (!round.equals(roundId)) {
            throw new DomainException.Conflict("Proposal " + proposalId + " is not under consultation in round "
                    + round + (roundId == null ? "." : " but in round " + roundId + "."));
        }
    }

    private void assertLockedBy(RoundId round) {
        if (!round.equals(lockedBy)) {
            throw new DomainException.Conflict("Proposal " + proposalId + " is not locked for a vote of round "
                    + round + ", so there is nothing to unlock.");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 10_000) {
            throw new DomainException.Invalid("Say why the proposal is withdrawn, in 1 to 10000 characters.");
        }
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        proposalId = event.proposalId();
        platformId = event.platformId();
        content = event.content();
    }

    @EventSourcingHandler
    void on(DraftEdited event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        content = event.content();
        submitted = true;
        revision = 1;
    }

    @EventSourcingHandler
    void on(ProposalRevised event) {
        content = new ProposalContent(content.title(), content.category(), event.changes(), content.rationale(),
                content.expectedImpact(), content.effectiveDate());
        revision = event.revision();
        if (event.amendmentId() != null) {
            revisionOfAmendment.put(event.amendmentId(), event.revision());
        }
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(ProposalPlacedUnderConsultation event) {
        roundId = event.roundId();
    }

    @EventSourcingHandler
    void on(ProposalReleasedFromConsultation event) {
        roundId = null;
    }

    @EventSourcingHandler
    void on(ProposalLockedForVote event) {
        lockedBy = event.roundId();
    }

    @EventSourcingHandler
    void on(ProposalUnlockedAfterVote event) {
        lockedBy = null;
        roundId = null;
    }
}

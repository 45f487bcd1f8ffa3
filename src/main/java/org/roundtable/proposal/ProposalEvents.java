package org.roundtable.proposal;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;

/** Facts about algorithm-rule proposals. */
public sealed interface ProposalEvents {

    ProposalId proposalId();

    /** A fact that platform HR drafted a proposal. */
    record ProposalDrafted(ProposalId proposalId, PlatformId platformId, ProposalContent content, PersonId draftedBy)
            implements ProposalEvents {
    }

    /** A fact that an unsubmitted draft was rewritten. */
    record DraftEdited(ProposalId proposalId, ProposalContent content, PersonId editedBy) implements ProposalEvents {
    }

    /** A fact that the draft was submitted for consultation; it stands as revision 1. */
    record ProposalSubmitted(ProposalId proposalId, PlatformId platformId, ProposalContent content,
                             PersonId submittedBy) implements ProposalEvents {
    }

    /** A fact that a submitted proposal got a new numbered revision, with its diff from the previous one. */
    record ProposalRevised(ProposalId proposalId, int revision, List<ParameterChange> changes,
                           List<RevisionDelta> delta, String reason, AmendmentId amendmentId, PersonId revisedBy)
            implements ProposalEvents {
    }

    /** A fact that platform HR withdrew the proposal before voting. */
    record ProposalWithdrawn(ProposalId proposalId, String reason, PersonId withdrawnBy, RoundId roundId)
            implements ProposalEvents {
    }

    /**
     * A fact that HR or a worker representative recorded an impact preview of revision
     * {@code revision}: rule {@code ruleId} at version {@code ruleVersion} before, the revision's
     * after-state after, on a sample of orders known only by its size and SHA-256.
     */
    record ImpactPreviewRecorded(ProposalId proposalId, int revision, RuleId ruleId, int ruleVersion,
                                 RecordedImpact impact, PersonId recordedBy) implements ProposalEvents {
    }

    /** A fact that a round opened on the proposal. */
    record ProposalPlacedUnderConsultation(ProposalId proposalId, RoundId roundId) implements ProposalEvents {
    }

    /** A fact that voting opened: this revision, with these changes, is what the electorate votes on. */
    record ProposalLockedForVote(ProposalId proposalId, RoundId roundId, int revision, List<ParameterChange> changes,
                                 LocalDate effectiveDate) implements ProposalEvents {
    }

    /** A fact that the round the proposal was under ended before voting, so another round may take it. */
    record ProposalReleasedFromConsultation(ProposalId proposalId, RoundId roundId) implements ProposalEvents {
    }

    /** A fact that the vote did not adopt the proposal, so it can be revised for a new round. */
    record ProposalUnlockedAfterVote(ProposalId proposalId, RoundId roundId) implements ProposalEvents {
    }
}

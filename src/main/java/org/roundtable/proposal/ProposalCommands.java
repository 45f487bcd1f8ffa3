package org.roundtable.proposal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;

/** Commands of the AlgorithmRuleProposal aggregate. */
public sealed interface ProposalCommands {

    ProposalId proposalId();

    /** Platform HR drafts a proposal for its own platform. */
    record DraftProposal(@TargetAggregateIdentifier ProposalId proposalId, PlatformId platformId,
                         ProposalContent content, PersonId draftedBy) implements ProposalCommands {
    }

    /** Platform HR rewrites a draft that has not been submitted yet. */
    record EditDraft(@TargetAggregateIdentifier ProposalId proposalId, ProposalContent content, PersonId editedBy)
            implements ProposalCommands {
    }

    /** Platform HR submits the draft for consultation; from now on it changes only by revisions. */
    record SubmitProposal(@TargetAggregateIdentifier ProposalId proposalId, PersonId submittedBy)
            implements ProposalCommands {
    }

    /**
     * A numbered revision of a submitted proposal: by HR directly, or because an amendment was
     * accepted ({@code amendmentId} set, {@code revisedBy} the HR person who accepted it).
     */
    record ReviseProposal(@TargetAggregateIdentifier ProposalId proposalId, List<ParameterChange> changes,
                          String reason, AmendmentId amendmentId, PersonId revisedBy) implements ProposalCommands {
        public ReviseProposal {
            if (changes == null || changes.isEmpty()) {
                throw new IllegalArgumentException("a revision needs at least one parameter change");
            }
            changes = List.copyOf(changes);
            if (reason == null || reason.isBlank() || reason.length() > 10_000) {
                throw new IllegalArgumentException("a revision needs a reason of 1 to 10000 characters");
            }
        }
    }

    /** Platform HR withdraws the proposal; allowed until voting opens. */
    record WithdrawProposal(@TargetAggregateIdentifier ProposalId proposalId, String reason, PersonId withdrawnBy)
            implements ProposalCommands {
    }

    /**
     * HR or a worker representative of the proposal's platform records an impact preview computed
     * for revision {@code revision}: rule {@code ruleId} at version {@code ruleVersion} before, the
     * revision's after-state after. {@code recorderPlatform} is the platform the person belongs to.
     */
    record RecordImpactPreview(@TargetAggregateIdentifier ProposalId proposalId, int revision, RuleId ruleId,
                               int ruleVersion, RecordedImpact impact, PlatformId recorderPlatform,
                               PersonId recordedBy) implements ProposalCommands {
        public RecordImpactPreview {
            if (revision < 1 || ruleId == null || ruleVersion < 1 || impact == null || recordedBy == null) {
                throw new IllegalArgumentException("a recorded preview names the revision, the rule and its version,"
                        + " the figures and who records it");
            }
        }
    }

    /** Sent by the consultation process when a round opens on this proposal. */
    record PlaceUnderConsultation(@TargetAggregateIdentifier ProposalId proposalId, RoundId roundId)
            implements ProposalCommands {
    }

    /** Sent by the consultation process when voting opens: the current revision is the one voted on. */
    record LockForVote(@TargetAggregateIdentifier ProposalId proposalId, RoundId roundId) implements ProposalCommands {
    }

    /** Sent by the consultation process when a round ends before voting: the proposal is free again. */
    record ReleaseFromConsultation(@TargetAggregateIdentifier ProposalId proposalId, RoundId roundId)
            implements ProposalCommands {
    }

    /** Sent by the consultation process when a vote did not adopt the proposal: it may be revised again. */
    record UnlockAfterVote(@TargetAggregateIdentifier ProposalId proposalId, RoundId roundId)
            implements ProposalCommands {
    }
}

package org.roundtable.proposal.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.proposal.ProposalEvents.DraftEdited;
import org.roundtable.proposal.ProposalEvents.ProposalDrafted;
import org.roundtable.proposal.ProposalEvents.ProposalLockedForVote;
import org.roundtable.proposal.ProposalEvents.ProposalPlacedUnderConsultation;
import org.roundtable.proposal.ProposalEvents.ProposalReleasedFromConsultation;
import org.roundtable.proposal.ProposalEvents.ProposalRevised;
import org.roundtable.proposal.ProposalEvents.ProposalSubmitted;
import org.roundtable.proposal.ProposalEvents.ProposalUnlockedAfterVote;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.springframework.stereotype.Component;

/** Proposals as people read them: the current text, status and round, and every numbered revision. */
@Component
@ProcessingGroup("proposal-projection")
class ProposalProjection {

    private final ProposalRows rows;

    ProposalProjection(ProposalRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ProposalDrafted event, @Timestamp Instant at) {
        rows.replaceDraft(event.proposalId(), event.platformId(), event.content(), at);
    }

    @EventHandler
    void on(DraftEdited event, @Timestamp Instant at) {
        rows.rewrite(event.proposalId(), event.content(), at);
    }

    @EventHandler
    void on(ProposalSubmitted event, @Timestamp Instant at) {
        rows.rewrite(event.proposalId(), event.content(), at);
        rows.reviseTo(event.proposalId(), 1, event.content().changes(), at);
        rows.moveTo(event.proposalId(), ProposalStatus.SUBMITTED, null, at);
        rows.putRevision(event.proposalId(), 1, event.content().changes(), List.of(), null, null, at);
    }

    @EventHandler
    void on(ProposalRevised event, @Timestamp Instant at) {
        rows.reviseTo(event.proposalId(), event.revision(), event.changes(), at);
        rows.putRevision(event.proposalId(), event.revision(), event.changes(), event.delta(), event.reason(),
                event.amendmentId(), at);
    }

    @EventHandler
    void on(ProposalWithdrawn event, @Timestamp Instant at) {
        rows.moveTo(event.proposalId(), ProposalStatus.WITHDRAWN, event.roundId(), at);
    }

    @EventHandler
    void on(ProposalPlacedUnderConsultation event, @Timestamp Instant at) {
        rows.moveTo(event.proposalId(), ProposalStatus.UNDER_CONSULTATION, event.roundId(), at);
    }

    @EventHandler
    void on(ProposalLockedForVote event, @Timestamp Instant at) {
        rows.moveTo(event.proposalId(), ProposalStatus.LOCKED_FOR_VOTE, event.roundId(), at);
    }

    @EventHandler
    void on(ProposalUnlockedAfterVote event, @Timestamp Instant at) {
        rows.moveTo(event.proposalId(), ProposalStatus.SUBMITTED, null, at);
    }

    @EventHandler
    void on(ProposalReleasedFromConsultation event, @Timestamp Instant at) {
        rows.moveTo(event.proposalId(), ProposalStatus.SUBMITTED, null, at);
    }

    @QueryHandler
    Optional<ProposalView> handle(FindProposal query) {
        return rows.find(query.proposalId());
    }

    @QueryHandler
    List<ProposalSummary> handle(FindProposals query) {
        return rows.list(query.platformId());
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}

package org.roundtable.preview.query;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.proposal.ProposalEvents.ImpactPreviewRecorded;
import org.springframework.stereotype.Component;

/** The impact previews recorded with proposals, per proposal, for the proposal and round pages. */
@Component
@ProcessingGroup("preview-projection")
class RecordedPreviewProjection {

    private final RecordedPreviewRows rows;

    RecordedPreviewProjection(RecordedPreviewRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ImpactPreviewRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.put(event, sequence, at);
    }

    @QueryHandler
    List<RecordedPreviewView> handle(FindRecordedPreviews query) {
        return rows.of(query.proposalId());
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}

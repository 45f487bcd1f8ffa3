package org.roundtable.preview.query;

import org.roundtable.proposal.ProposalId;

/** The impact previews recorded for a proposal, newest first; answered with a list of {@link RecordedPreviewView}. */
public record FindRecordedPreviews(ProposalId proposalId) {
}

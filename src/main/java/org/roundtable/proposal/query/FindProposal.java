package org.roundtable.proposal.query;

import org.roundtable.proposal.ProposalId;

/** One proposal with all its revisions; answered with an optional {@link ProposalView}. */
public record FindProposal(ProposalId proposalId) {
}

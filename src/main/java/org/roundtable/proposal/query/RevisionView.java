package org.roundtable.proposal.query;

import java.time.Instant;
import java.util.List;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.round.AmendmentId;

/**
 * One numbered revision: the full parameter diff it stands for and how it moved from the
 * previous one. Revision 1 is the proposal as submitted, so its delta is empty and it has no reason.
 */
public record RevisionView(int number, List<ParameterChange> changes, List<RevisionDelta> delta, String reason,
                           AmendmentId amendmentId, Instant revisedAt) {
}

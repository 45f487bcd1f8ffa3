package org.roundtable.round.query;

import java.time.Instant;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.AmendmentId;

/**
 * An amendment tabled by the worker side and what became of it. An accepted amendment the proposal
 * refused to apply keeps the status {@code ACCEPTED} and carries the refusal in {@code notAppliedReason}.
 */
public record AmendmentView(AmendmentId id, List<ParameterChange> changes, String reasons, PersonId tabledBy,
                            Instant tabledAt, Status status, String decisionReason, PersonId decidedBy,
                            Instant decidedAt, String notAppliedReason, Instant notAppliedAt) {

    /** Accepted, but the proposal could not take its changes. */
    public boolean notApplied() {
        return notAppliedAt != null;
    }

    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }
}

package org.roundtable.round.query;

import java.time.Instant;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.AmendmentId;

/** An amendment tabled by the worker side and what became of it. */
public record AmendmentView(AmendmentId id, List<ParameterChange> changes, String reasons, PersonId tabledBy,
                            Instant tabledAt, Status status, String decisionReason, PersonId decidedBy,
                            Instant decidedAt) {

    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }
}

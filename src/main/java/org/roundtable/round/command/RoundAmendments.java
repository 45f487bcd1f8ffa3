package org.roundtable.round.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.AmendmentId;
import org.roundtable.shared.DomainException;

/** The amendments tabled in a round: their changes, and whether each has been accepted or rejected. */
final class RoundAmendments {

    private record Tabled(List<ParameterChange> changes, boolean decided) {
    }

    private final Map<AmendmentId, Tabled> tabled = new HashMap<>();

    void assertNew(AmendmentId amendmentId) {
        Refusals.conflictUnless(!tabled.containsKey(amendmentId),
                "amendment " + amendmentId + " has already been tabled");
    }

    void assertPending(AmendmentId amendmentId) {
        Tabled amendment = tabled.get(amendmentId);
        if (amendment == null) {
            throw new DomainException.NotFound("this round has no amendment " + amendmentId);
        }
        Refusals.conflictUnless(!amendment.decided(), "amendment " + amendmentId
                + " has already been accepted or rejected; table a new amendment to change it again");
    }

    List<ParameterChange> changesOf(AmendmentId amendmentId) {
        return tabled.get(amendmentId).changes();
    }

    long pendingCount() {
        return tabled.values().stream().filter(amendment -> !amendment.decided()).count();
    }

    void tabled(AmendmentId amendmentId, List<ParameterChange> changes) {
        tabled.put(amendmentId, new Tabled(List.copyOf(changes), false));
    }

    void decided(AmendmentId amendmentId) {
        tabled.computeIfPresent(amendmentId, (id, amendment) -> new Tabled(amendment.changes(), true));
    }
}

package org.roundtable.round.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.AmendmentId;
import org.roundtable.shared.DomainException;

/**
 * The amendments tabled in a round: their changes, whether each has been accepted or rejected, and
 * whether an accepted one turned out not to apply to the proposal.
 */
final class RoundAmendments {

    private enum Fate {
        PENDING,
        ACCEPTED,
        REJECTED,
        NOT_APPLIED
    }

    private record Tabled(List<ParameterChange> changes, Fate fate) {
    }

    private final Map<AmendmentId, Tabled> tabled = new HashMap<>();

    void assertNew(AmendmentId amendmentId) {
        Refusals.conflictUnless(!tabled.containsKey(amendmentId),
                "amendment " + amendmentId + " has already been tabled");
    }

    void assertPending(AmendmentId amendmentId) {
        Refusals.conflictUnless(existing(amendmentId).fate() == Fate.PENDING, "amendment " + amendmentId
                + " has already been accepted or rejected; table a new amendment to change it again");
    }

    /** Only an accepted amendment can turn out not to apply, and only once. */
    void assertAcceptedAndNotYetFoundInapplicable(AmendmentId amendmentId) {
        Fate fate = existing(amendmentId).fate();
        Refusals.conflictUnless(fate != Fate.NOT_APPLIED,
                "amendment " + amendmentId + " is already recorded as not applied");
        Refusals.conflictUnless(fate == Fate.ACCEPTED, "amendment " + amendmentId
                + " has not been accepted, so there is nothing to apply");
    }

    List<ParameterChange> changesOf(AmendmentId amendmentId) {
        return tabled.get(amendmentId).changes();
    }

    long pendingCount() {
        return tabled.values().stream().filter(amendment -> amendment.fate() == Fate.PENDING).count();
    }

    void tabled(AmendmentId amendmentId, List<ParameterChange> changes) {
        tabled.put(amendmentId, new Tabled(List.copyOf(changes), Fate.PENDING));
    }

    void accepted(AmendmentId amendmentId) {
        becomes(amendmentId, Fate.ACCEPTED);
    }

    void rejected(AmendmentId amendmentId) {
        becomes(amendmentId, Fate.REJECTED);
    }

    void notApplied(AmendmentId amendmentId) {
        becomes(amendmentId, Fate.NOT_APPLIED);
    }

    private Tabled existing(AmendmentId amendmentId) {
        Tabled amendment = tabled.get(amendmentId);
        if (amendment == null) {
            throw new DomainException.NotFound("this round has no amendment " + amendmentId);
        }
        return amendment;
    }

    private void becomes(AmendmentId amendmentId, Fate fate) {
        tabled.computeIfPresent(amendmentId, (id, amendment) -> new Tabled(amendment.changes(), fate));
    }
}

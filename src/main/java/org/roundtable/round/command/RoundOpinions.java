package org.roundtable.round.command;

import java.util.HashMap;
import java.util.Map;
import org.roundtable.round.OpinionId;
import org.roundtable.shared.DomainException;

/** The opinions given in a round and whether each has its answer yet. */
final class RoundOpinions {

    private final Map<OpinionId, Boolean> answered = new HashMap<>();

    void assertNew(OpinionId opinionId) {
        Refusals.conflictUnless(!answered.containsKey(opinionId),
                "opinion " + opinionId + " has already been submitted");
    }

    void assertAwaitingAnswer(OpinionId opinionId) {
        Boolean isAnswered = answered.get(opinionId);
        if (isAnswered == null) {
            throw new DomainException.NotFound("this round has no opinion " + opinionId);
        }
        Refusals.conflictUnless(!isAnswered, "opinion " + opinionId + " has already been answered; "
                + "every opinion gets exactly one public answer");
    }

    long unansweredCount() {
        return answered.values().stream().filter(isAnswered -> !isAnswered).count();
    }

    void submitted(OpinionId opinionId) {
        answered.put(opinionId, false);
    }

    void answered(OpinionId opinionId) {
        answered.put(opinionId, true);
    }
}

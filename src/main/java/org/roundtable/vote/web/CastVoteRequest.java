package org.roundtable.vote.web;

import jakarta.validation.constraints.NotNull;
import org.roundtable.vote.Choice;

/** The body of a ballot: only the choice. Who votes is the signed-in person, never the body. */
record CastVoteRequest(@NotNull(message = "choose FOR, AGAINST or ABSTAIN") Choice choice) {

    /** Never the choice: debug logs of the web layer print request bodies next to the signed-in user. */
    @Override
    public String toString() {
        return "CastVoteRequest[choice hidden]";
    }
}

package org.roundtable.vote.web;

import jakarta.validation.constraints.NotNull;
import org.roundtable.vote.Choice;

/** The body of a ballot: only the choice. Who votes is the signed-in person, never the body. */
record CastVoteRequest(@NotNull(message = "choose FOR, AGAINST or ABSTAIN") Choice choice) {
}

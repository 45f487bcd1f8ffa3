package org.roundtable.vote.command;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;

/**
 * The voting window of each round as the write side sees it. Implementations read the window
 * under a lock that the caller's transaction holds until it ends, so a ballot and the closing
 * count never pass each other; the rules of the window are the same for every implementation.
 */
public interface VotingGate {

    /** The round's voting window, read under a shared lock; empty when voting never opened. */
    Optional<Window> window(RoundId roundId);

    /** Whether the round exists at all, opened or not. */
    boolean roundExists(RoundId roundId);

    /** Refuses a ballot unless the round's voting is open at {@code now}. */
    default void assertOpen(RoundId roundId, Instant now) {
        Window window = window(roundId).orElseThrow(() -> roundExists(roundId)
                ? notOpened(roundId)
                : new DomainException.NotFound("there is no round " + roundId + "; check the link you followed"));
        if (now.isBefore(window.opensAt())) {
            throw notOpened(roundId);
        }
        if (window.closed() || !now.isBefore(window.closesAt())) {
            throw new DomainException.Conflict("voting in round " + roundId + " closed at "
                    + DateTimeFormatter.ISO_INSTANT.format(window.closesAt())
                    + "; ballots cast after the close are not counted");
        }
    }

    private static DomainException.Conflict notOpened(RoundId roundId) {
        return new DomainException.Conflict("voting in round " + roundId
                + " has not opened; you can vote once the convener opens it");
    }

    /** When voting opens and closes, and whether the ballot box has been closed and counted. */
    record Window(Instant opensAt, Instant closesAt, boolean closed) {
    }
}

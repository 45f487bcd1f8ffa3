package org.roundtable.publication.live;

import java.time.Instant;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;

/** What an open round page is told, as the JSON data of its server-sent events. */
public final class LiveEvents {

    /** The name of the event that carries a {@link PhaseNow}. */
    public static final String PHASE = "phase";
    /** The name of the event that carries a {@link ParticipationNow}. */
    public static final String PARTICIPATION = "participation";

    private LiveEvents() {
    }

    /** The round is now in this phase; {@code cause} names the fact that moved it (null on connect). */
    public record PhaseNow(RoundId roundId, Phase phase, String cause, Instant at) {
    }

    /** How many voters have cast a ballot so far; never who, never how. */
    public record ParticipationNow(RoundId roundId, long ballots) {
    }
}

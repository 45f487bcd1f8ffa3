package org.roundtable.round.query;

import org.roundtable.platform.PlatformId;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;

/** The questions the round's read models answer. */
public final class RoundQueries {

    private RoundQueries() {
    }

    /** One round as a {@link RoundView}; answers null when there is no such round. */
    public record FindRound(RoundId roundId) {
    }

    /** Rounds as {@link RoundView}s, newest first; a null platform or phase means any. */
    public record FindRounds(PlatformId platformId, Phase phase) {
    }

    /** The opinions of a round with their answers, oldest first, as {@link OpinionView}s. */
    public record FindOpinions(RoundId roundId) {
    }

    /** The amendments of a round, oldest first, as {@link AmendmentView}s. */
    public record FindAmendments(RoundId roundId) {
    }

    /** The meetings of a round, by date, as {@link MeetingView}s. */
    public record FindMeetings(RoundId roundId) {
    }

    /** Every event of a round in order, as {@link TimelineEntryView}s. */
    public record FindRoundTimeline(RoundId roundId) {
    }
}

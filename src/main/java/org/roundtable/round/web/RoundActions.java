package org.roundtable.round.web;

import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformQueries.RosterMembership;
import org.roundtable.platform.Side;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.query.RoundView;

/**
 * What the signed-in person may do on a round right now, so the page offers only those actions.
 * The commands still decide; this only keeps buttons that would be refused off the page.
 */
public record RoundActions(boolean opine, boolean answer, boolean table, boolean decide, boolean recordMeeting,
                           boolean suspend, boolean resume, boolean startComments, boolean openVoting,
                           boolean vote, boolean closeVoting, boolean sign, boolean publish,
                           boolean returnToNegotiation) {

    static final RoundActions NONE = new RoundActions(false, false, false, false, false, false, false, false, false,
            false, false, false, false, false);

    static RoundActions of(Actor actor, RoundView round, RosterMembership membership) {
        if (actor == null) {
            return NONE;
        }
        Phase phase = round.phase();
        boolean ofPlatform = actor.belongsTo(round.platformId());
        boolean hr = actor.has(Role.PLATFORM_HR) && ofPlatform;
        boolean representative = actor.has(Role.REPRESENTATIVE) && ofPlatform;
        boolean worker = (actor.has(Role.WORKER) || actor.has(Role.REPRESENTATIVE)) && ofPlatform;
        boolean voter = round.electorateKind() == ElectorateKind.ALL_WORKERS ? worker : representative;
        boolean convener = actor.has(Role.CONVENER);
        boolean chief = membership != null && membership.chief();
        boolean negotiating = phase == Phase.NEGOTIATING && !round.suspended();
        boolean closed = phase == Phase.CLOSED;
        Outcome outcome = round.outcome() == null ? null : round.outcome().outcome();
        boolean signed = chief && round.signatures() != null && (membership.side() == Side.WORKERS
                ? round.signatures().workerSide() != null : round.signatures().platformSide() != null);
        return new RoundActions(
                worker && phase == Phase.COMMENTING,
                hr && (phase == Phase.COMMENTING || phase == Phase.NEGOTIATING),
                representative && negotiating,
                hr && negotiating,
                (convener || hr) && negotiating,
                chief && negotiating,
                chief && phase == Phase.NEGOTIATING && round.suspended(),
                convener && phase == Phase.ANNOUNCED,
                convener && negotiating,
                voter && phase == Phase.VOTING,
                convener && phase == Phase.VOTING && everyoneVoted(round),
                chief && closed && outcome == Outcome.ADOPTED && !signed,
                convener && closed,
                convener && (closed || phase == Phase.PUBLISHED) && outcome != null && outcome != Outcome.ADOPTED
                        && round.followUpRoundId() == null);
    }

    /** Voting closes early only once every member of the electorate has voted; until then it runs to its end. */
    private static boolean everyoneVoted(RoundView round) {
        return round.participation() != null && round.electorateSize() != null
                && round.participation() >= round.electorateSize();
    }

    public boolean any() {
        return opine || answer || table || decide || recordMeeting || suspend || resume || startComments
                || openVoting || vote || closeVoting || sign || publish || returnToNegotiation;
    }
}

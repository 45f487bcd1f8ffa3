package org.roundtable.publication.web;

import java.util.EnumSet;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.publication.live.LiveEvents;
import org.roundtable.publication.live.LiveEvents.ParticipationNow;
import org.roundtable.publication.live.LiveEvents.PhaseNow;
import org.roundtable.publication.live.RoundStreams;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundQueries.FindRound;
import org.roundtable.round.query.RoundView;
import org.roundtable.shared.DomainException;
import org.roundtable.vote.query.BallotQueries.FindParticipation;
import org.roundtable.vote.query.ParticipationView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A round as it happens, for its public page: a stream of server-sent events, first the round's
 * phase (and participation while voting) as it stands, then every phase change and the
 * participation count as they happen. Public; the page works without it.
 */
@RestController
class LiveRoundController {

    private static final Set<Phase> COUNTED = EnumSet.of(Phase.VOTING, Phase.CLOSED, Phase.PUBLISHED);

    private final QueryGateway queries;
    private final RoundStreams streams;

    LiveRoundController(QueryGateway queries, RoundStreams streams) {
        this.queries = queries;
        this.streams = streams;
    }

    @GetMapping(path = "/rounds/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id) {
        RoundId roundId = RoundId.of(id);
        RoundView round = queries.query(new FindRound(roundId), ResponseTypes.instanceOf(RoundView.class)).join();
        if (round == null) {
            throw new DomainException.NotFound("There is no round '" + id + "'.");
        }
        SseEmitter emitter = streams.open(roundId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.SERVICE_UNAVAILABLE, "Too many live pages are open right now; the page still works"
                + " without live updates. Please reload later."));
        streams.send(emitter, LiveEvents.PHASE, new PhaseNow(roundId, round.phase(), null, null));
        if (COUNTED.contains(round.phase())) {
            ParticipationView participation = queries.query(new FindParticipation(roundId),
                    ResponseTypes.instanceOf(ParticipationView.class)).exceptionally(failure -> null).join();
            if (participation != null) {
                streams.send(emitter, LiveEvents.PARTICIPATION, new ParticipationNow(roundId, participation.ballots()));
            }
        }
        return emitter;
    }
}

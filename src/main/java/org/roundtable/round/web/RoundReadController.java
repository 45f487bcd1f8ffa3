package org.roundtable.round.web;

import java.util.List;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.AmendmentView;
import org.roundtable.round.query.MeetingView;
import org.roundtable.round.query.OpinionView;
import org.roundtable.round.query.RoundQueries.FindAmendments;
import org.roundtable.round.query.RoundQueries.FindMeetings;
import org.roundtable.round.query.RoundQueries.FindOpinions;
import org.roundtable.round.query.RoundQueries.FindRoundTimeline;
import org.roundtable.round.query.RoundQueries.FindRounds;
import org.roundtable.round.query.RoundView;
import org.roundtable.round.query.TimelineEntryView;
import org.roundtable.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everything recorded about rounds, for anyone to read. */
@RestController
@RequestMapping("/api/rounds")
class RoundReadController {

    private final QueryGateway queries;
    private final RoundAccess access;

    RoundReadController(QueryGateway queries, RoundAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    List<RoundView> rounds(@RequestParam(required = false) String platform,
                           @RequestParam(required = false) Phase phase) {
        FindRounds query = new FindRounds(platform == null ? null : PlatformId.of(platform), phase);
        return queries.query(query, ResponseTypes.multipleInstancesOf(RoundView.class)).join();
    }

    @GetMapping("/{id}")
    RoundView round(@PathVariable String id) {
        return access.round(id);
    }

    @GetMapping("/{id}/outcome")
    RoundView.OutcomeView outcome(@PathVariable String id) {
        RoundView round = access.round(id);
        if (round.outcome() == null) {
            throw new DomainException.NotFound("Round " + id + " has no outcome yet: it is " + round.phase()
                    + "; the outcome is known once voting closes.");
        }
        return round.outcome();
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntryView> timeline(@PathVariable String id) {
        access.round(id);
        return list(new FindRoundTimeline(RoundId.of(id)), TimelineEntryView.class);
    }

    @GetMapping("/{id}/opinions")
    List<OpinionView> opinions(@PathVariable String id) {
        access.round(id);
        return list(new FindOpinions(RoundId.of(id)), OpinionView.class);
    }

    @GetMapping("/{id}/opinions/{opinionId}")
    OpinionView opinion(@PathVariable String id, @PathVariable String opinionId) {
        return one(opinions(id), opinion -> opinion.id().value(), opinionId, "opinion");
    }

    @GetMapping("/{id}/amendments")
    List<AmendmentView> amendments(@PathVariable String id) {
        access.round(id);
        return list(new FindAmendments(RoundId.of(id)), AmendmentView.class);
    }

    @GetMapping("/{id}/amendments/{amendmentId}")
    AmendmentView amendment(@PathVariable String id, @PathVariable String amendmentId) {
        return one(amendments(id), amendment -> amendment.id().value(), amendmentId, "amendment");
    }

    @GetMapping("/{id}/meetings")
    List<MeetingView> meetings(@PathVariable String id) {
        access.round(id);
        return list(new FindMeetings(RoundId.of(id)), MeetingView.class);
    }

    @GetMapping("/{id}/meetings/{meetingId}")
    MeetingView meeting(@PathVariable String id, @PathVariable String meetingId) {
        return one(meetings(id), meeting -> meeting.id().value(), meetingId, "meeting");
    }

    private <T> List<T> list(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    private static <T> T one(List<T> all, Function<T, String> idOf, String id, String what) {
        return all.stream().filter(item -> idOf.apply(item).equals(id)).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("This round has no " + what + " '" + id + "'."));
    }
}

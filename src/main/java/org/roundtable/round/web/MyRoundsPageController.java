package org.roundtable.round.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatforms;
import org.roundtable.platform.PlatformQueries.FindRosterMembership;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.platform.PlatformQueries.RosterMembership;
import org.roundtable.proposal.query.FindProposals;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalSummary;
import org.roundtable.round.Phase;
import org.roundtable.round.query.AmendmentView;
import org.roundtable.round.query.OpinionView;
import org.roundtable.round.query.RoundQueries.FindAmendments;
import org.roundtable.round.query.RoundQueries.FindOpinions;
import org.roundtable.round.query.RoundQueries.FindRounds;
import org.roundtable.round.query.RoundView;
import org.roundtable.shared.web.HtmlController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My rounds": the rounds of the signed-in person's platform (every round for the convener), each
 * with what they may do now; platform HR also sees its proposals and what awaits its answer.
 */
@HtmlController
class MyRoundsPageController {

    private final QueryGateway queries;

    MyRoundsPageController(QueryGateway queries) {
        this.queries = queries;
    }

    /** One of my rounds: what it is about, what I may do, and what awaits platform HR. */
    public record MyRound(RoundView round, String title, RoundActions can, long unanswered, long pending) {
    }

    @GetMapping("/me")
    String me(Actor actor, Model model) {
        boolean convener = actor.has(Role.CONVENER);
        PlatformId platform = convener ? null : actor.platform();
        List<ProposalSummary> proposals = platform == null && !convener ? List.of()
                : list(new FindProposals(platform), ProposalSummary.class);
        Map<String, String> titles = proposals.stream()
                .collect(Collectors.toMap(p -> p.id().value(), ProposalSummary::title, (a, b) -> a));
        List<RoundView> rounds = platform == null && !convener ? List.of()
                : list(new FindRounds(platform, null), RoundView.class);
        RosterMembership membership = platform == null ? null
                : queries.query(new FindRosterMembership(platform, actor.id()),
                        ResponseTypes.instanceOf(RosterMembership.class)).join();
        boolean hr = actor.has(Role.PLATFORM_HR) && platform != null;
        model.addAttribute("rounds", rounds.stream().map(round -> new MyRound(round,
                round.proposalId() == null ? round.id().value()
                        : titles.getOrDefault(round.proposalId().value(), round.proposalId().value()),
                RoundActions.of(actor, round, membership),
                hr && active(round) ? list(new FindOpinions(round.id()), OpinionView.class).stream()
                        .filter(opinion -> opinion.answer() == null).count() : 0,
                hr && active(round) ? list(new FindAmendments(round.id()), AmendmentView.class).stream()
                        .filter(amendment -> amendment.status() == AmendmentView.Status.PENDING).count() : 0))
                .toList());
        model.addAttribute("hr", hr);
        model.addAttribute("convener", convener);
        model.addAttribute("proposals", hr ? proposals : List.of());
        model.addAttribute("awaitingRound", convener ? proposals.stream()
                .filter(p -> p.status() == ProposalStatus.SUBMITTED).toList() : List.of());
        model.addAttribute("platforms", convener ? list(new FindPlatforms(), PlatformView.class) : List.of());
        model.addAttribute("chief", membership != null && membership.chief());
        return "round/me";
    }

    private static boolean active(RoundView round) {
        return round.phase() == Phase.COMMENTING || round.phase() == Phase.NEGOTIATING;
    }

    private <T> List<T> list(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }
}

package org.roundtable.round.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.platform.PlatformQueries.FindRosterMembership;
import org.roundtable.platform.PlatformQueries.RosterMembership;
import org.roundtable.round.query.RoundView;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.web.HtmlController;
import org.springframework.lang.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page of a round: the proposal in plain language and the table of what changes, its
 * revisions, opinions and answers, amendments, meetings, participation or the tally with its
 * arithmetic in words, signatures, the published receipts with a search box, and the timeline.
 * A signed-in person also sees what they may do now. Right after a round is opened its page may
 * not be readable yet: with {@code ?opened} the reader gets a page that reloads itself until it is.
 */
@HtmlController
class RoundPageController {

    private final RoundReading reading;
    private final QueryGateway queries;

    RoundPageController(RoundReading reading, QueryGateway queries) {
        this.reading = reading;
        this.queries = queries;
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable String id, @RequestParam(name = "receipt", required = false) String receipt,
                 @RequestParam(name = "opened", required = false) String opened, @Nullable Actor actor,
                 Model model) {
        RoundPage page;
        try {
            page = reading.page(id, receipt == null || receipt.length() > 100 ? null : receipt);
        } catch (DomainException.NotFound notYet) {
            if (opened == null) {
                throw notYet;
            }
            model.addAttribute("refreshSeconds", 2);
            return "pending";
        }
        model.addAttribute("page", page);
        model.addAttribute("round", page.round());
        model.addAttribute("can", actions(actor, page.round()));
        return "round/page";
    }

    RoundActions actions(Actor actor, RoundView round) {
        if (actor == null) {
            return RoundActions.NONE;
        }
        RosterMembership membership = queries.query(new FindRosterMembership(round.platformId(), actor.id()),
                ResponseTypes.instanceOf(RosterMembership.class)).join();
        return RoundActions.of(actor, round, membership);
    }
}

package org.roundtable.complaint.web;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintsOfPlatform;
import org.roundtable.complaint.query.ComplaintQueries.FindEscalatedComplaints;
import org.roundtable.complaint.query.ComplaintStatus;
import org.roundtable.complaint.query.ComplaintSummary;
import org.roundtable.people.Actor;
import org.roundtable.platform.PlatformId;
import org.roundtable.shared.web.HtmlController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Lists of complaints without their words or who filed them: a platform's complaints for its HR
 * (those waiting for the platform first), and the complaints with the union for the convener.
 */
@HtmlController
class ComplaintListPageController {

    /** Complaints that wait for the platform: an answer, or the result of a human review. */
    private static final Set<ComplaintStatus> WAITING_FOR_PLATFORM =
            Set.of(ComplaintStatus.AWAITING_ANSWER, ComplaintStatus.HUMAN_REVIEW_REQUESTED);

    private final QueryGateway queries;
    private final ComplaintReading reading;

    ComplaintListPageController(QueryGateway queries, ComplaintReading reading) {
        this.queries = queries;
        this.reading = reading;
    }

    @GetMapping("/platforms/{id}/complaints")
    String ofPlatform(@PathVariable String id, Actor actor, Model model) {
        PlatformId platform = PlatformId.of(id);
        ComplaintAccess.assertMayList(actor, platform);
        List<ComplaintSummary> all = queries.query(new FindComplaintsOfPlatform(platform, null),
                ResponseTypes.multipleInstancesOf(ComplaintSummary.class)).join();
        model.addAttribute("open", all.stream().filter(c -> WAITING_FOR_PLATFORM.contains(c.status())).toList());
        model.addAttribute("complaints", all.stream().filter(c -> !WAITING_FOR_PLATFORM.contains(c.status()))
                .toList());
        model.addAttribute("ruleNames", reading.ruleNames(platform));
        model.addAttribute("platformName", reading.platformNames().getOrDefault(id, id));
        model.addAttribute("purpose", "platform");
        return "complaint/list";
    }

    @GetMapping("/complaints/escalated")
    String escalated(Actor actor, Model model) {
        ComplaintAccess.assertMayListEscalated(actor);
        model.addAttribute("complaints", queries.query(new FindEscalatedComplaints(),
                ResponseTypes.multipleInstancesOf(ComplaintSummary.class)).join());
        model.addAttribute("ruleNames", reading.ruleNames(null));
        model.addAttribute("platformNames", reading.platformNames());
        model.addAttribute("purpose", "escalated");
        return "complaint/list";
    }
}

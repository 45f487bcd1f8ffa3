package org.roundtable.rule.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.complaint.query.ComplaintQueries.GetComplaintStatistics;
import org.roundtable.complaint.query.RuleComplaintStatistics;
import org.roundtable.oversight.query.FilingView;
import org.roundtable.oversight.query.OversightQueries.FindFilingsOfRule;
import org.roundtable.oversight.query.OversightQueries.FindReviewsOfRule;
import org.roundtable.oversight.query.ReviewView;
import org.roundtable.oversight.query.RuleOversight;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.query.RuleView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parts of a rule's public page that other features keep: the filing of each adopted version
 * and the periodic reviews (oversight), and the public complaint statistics. Also what the reader
 * may do about them, from their relation to the rule's platform.
 */
@Component
class RuleOversightSections {

    private final QueryGateway queries;

    RuleOversightSections(QueryGateway queries) {
        this.queries = queries;
    }

    /** The reader's relation to the rule's platform; all false for someone not signed in. */
    public record RuleRoles(boolean hr, boolean representative, boolean worker) {

        static RuleRoles of(Actor actor, PlatformId platform) {
            if (actor == null || !actor.belongsTo(platform)) {
                return new RuleRoles(false, false, false);
            }
            boolean representative = actor.has(Role.REPRESENTATIVE);
            return new RuleRoles(actor.has(Role.PLATFORM_HR), representative,
                    representative || actor.has(Role.WORKER));
        }
    }

    void addTo(Model model, RuleView rule, Actor actor) {
        var filings = queries.query(new FindFilingsOfRule(rule.id()),
                ResponseTypes.multipleInstancesOf(FilingView.class)).join();
        var reviews = queries.query(new FindReviewsOfRule(rule.id()),
                ResponseTypes.multipleInstancesOf(ReviewView.class)).join();
        model.addAttribute("oversight", RuleOversight.of(filings, reviews));
        model.addAttribute("complaintStatistics", queries.query(new GetComplaintStatistics(rule.id()),
                ResponseTypes.instanceOf(RuleComplaintStatistics.class)).join());
        model.addAttribute("ruleRoles", RuleRoles.of(actor, rule.platformId()));
    }
}

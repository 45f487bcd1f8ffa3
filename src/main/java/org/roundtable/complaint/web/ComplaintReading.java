package org.roundtable.complaint.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaint;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatforms;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.springframework.stereotype.Component;

/** What the complaint pages read: complaints, and the names of the rules and platforms they concern. */
@Component
class ComplaintReading {

    private final QueryGateway queries;

    ComplaintReading(QueryGateway queries) {
        this.queries = queries;
    }

    /** The complaint, or empty while it is unknown (or not yet projected). */
    Optional<ComplaintView> complaint(String id) {
        ComplaintId complaintId;
        try {
            complaintId = ComplaintId.of(id);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.ofNullable(queries.query(new FindComplaint(complaintId),
                ResponseTypes.instanceOf(ComplaintView.class)).join());
    }

    ComplaintView existing(String id) {
        return complaint(id).orElseThrow(() -> new DomainException.NotFound("There is no complaint '" + id
                + "' (a complaint filed a moment ago may take a second to appear)."));
    }

    Optional<RuleView> rule(String id) {
        RuleId ruleId;
        try {
            ruleId = RuleId.of(id);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return queries.query(new FindRule(ruleId), ResponseTypes.optionalInstanceOf(RuleView.class)).join();
    }

    /** The rules of one platform (every platform for null), by name. */
    List<RuleSummary> rules(PlatformId platform) {
        return queries.query(new FindRules(platform), ResponseTypes.multipleInstancesOf(RuleSummary.class)).join();
    }

    /** Rule id → rule name, for lists that name rules by id. */
    Map<String, String> ruleNames(PlatformId platform) {
        return rules(platform).stream().collect(Collectors.toMap(rule -> rule.id().value(), RuleSummary::name,
                (first, second) -> first));
    }

    Map<String, String> platformNames() {
        return queries.query(new FindPlatforms(), ResponseTypes.multipleInstancesOf(PlatformView.class)).join()
                .stream().collect(Collectors.toMap(platform -> platform.id().value(), PlatformView::name,
                        (first, second) -> first));
    }
}

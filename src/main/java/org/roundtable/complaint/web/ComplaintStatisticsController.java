package org.roundtable.complaint.web;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintStatistics;
import org.roundtable.complaint.query.ComplaintQueries.GetComplaintStatistics;
import org.roundtable.complaint.query.RuleComplaintStatistics;
import org.roundtable.rule.RuleId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public statistics of complaints per rule: counts, median time to answer, share upheld and the
 * early-review flag. No words and no people. Kept off {@code /api/rules/**}, which the rule
 * registry serves.
 */
@RestController
@RequestMapping("/api/complaint-statistics")
class ComplaintStatisticsController {

    private final QueryGateway queries;

    ComplaintStatisticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    List<RuleComplaintStatistics> all() {
        return queries.query(new FindComplaintStatistics(),
                ResponseTypes.multipleInstancesOf(RuleComplaintStatistics.class)).join();
    }

    @GetMapping("/{ruleId}")
    RuleComplaintStatistics ofRule(@PathVariable String ruleId) {
        return queries.query(new GetComplaintStatistics(RuleId.of(ruleId)),
                ResponseTypes.instanceOf(RuleComplaintStatistics.class)).join();
    }
}

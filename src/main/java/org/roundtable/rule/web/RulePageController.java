package org.roundtable.rule.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.platform.PlatformQueries.FindPlatforms;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.web.HtmlController;
import org.springframework.lang.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public registry of algorithm rules: each rule as it stands, its versions and the round behind
 * each; with the filing and reviews of its adopted versions and its complaint statistics.
 */
@HtmlController
class RulePageController {

    private final QueryGateway queries;
    private final RuleOversightSections oversight;

    RulePageController(QueryGateway queries, RuleOversightSections oversight) {
        this.queries = queries;
        this.oversight = oversight;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        List<RuleSummary> rules = queries.query(new FindRules(null),
                ResponseTypes.multipleInstancesOf(RuleSummary.class)).join();
        model.addAttribute("rules", rules);
        model.addAttribute("platformNames", platformNames());
        return "rule/list";
    }

    @GetMapping("/rules/{id}")
    String rule(@PathVariable String id, @Nullable Actor actor, Model model) {
        RuleView rule = queries.query(new FindRule(RuleId.of(id)), ResponseTypes.optionalInstanceOf(RuleView.class))
                .join()
                .orElseThrow(() -> new DomainException.NotFound("There is no rule " + id + " in the registry."));
        model.addAttribute("rule", rule);
        model.addAttribute("platformName", platformNames().getOrDefault(rule.platformId().value(),
                rule.platformId().value()));
        oversight.addTo(model, rule, actor);
        return "rule/page";
    }

    private Map<String, String> platformNames() {
        return queries.query(new FindPlatforms(), ResponseTypes.multipleInstancesOf(PlatformView.class)).join()
                .stream().collect(Collectors.toMap(platform -> platform.id().value(), PlatformView::name,
                        (first, second) -> first));
    }
}

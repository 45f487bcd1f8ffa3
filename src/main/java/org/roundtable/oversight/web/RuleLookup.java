package org.roundtable.oversight.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.springframework.stereotype.Component;

/** Who may act on a rule's filing and reviews: the platform is read from the rule registry. */
@Component
class RuleLookup {

    private final QueryGateway queries;

    RuleLookup(QueryGateway queries) {
        this.queries = queries;
    }

    PlatformId platformOf(RuleId ruleId) {
        return rule(ruleId).platformId();
    }

    RuleView rule(RuleId ruleId) {
        return queries.query(new FindRule(ruleId), ResponseTypes.optionalInstanceOf(RuleView.class)).join()
                .orElseThrow(() -> new DomainException.NotFound("There is no rule " + ruleId + " in the registry."));
    }

    static void assertHrOf(Actor actor, PlatformId platform, String action) {
        if (!actor.has(Role.PLATFORM_HR) || !actor.belongsTo(platform)) {
            throw new DomainException.NotAllowed("Only HR of " + platform + " can " + action + ".");
        }
    }

    static void assertRepresentativeOf(Actor actor, PlatformId platform) {
        if (!actor.has(Role.REPRESENTATIVE) || !actor.belongsTo(platform)) {
            throw new DomainException.NotAllowed("Only a worker representative of " + platform
                    + " can evaluate the review of its rule.");
        }
    }
}

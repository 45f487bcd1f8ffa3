package org.roundtable.oversight.command;

import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewEvents.ReviewEvaluated;
import org.roundtable.round.RoundCommands.RequestConsultation;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;
import org.springframework.stereotype.Component;

/**
 * When the worker side asks to renegotiate a reviewed rule, file its written request for a new
 * consultation round; the round feature then tracks the platform's 20-day answer.
 */
@Component
@ProcessingGroup("oversight-renegotiation")
@DisallowReplay
class WhenReviewAsksRenegotiationThenRequestRound {

    private final CommandGateway commands;
    private final QueryGateway queries;

    WhenReviewAsksRenegotiationThenRequestRound(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @EventHandler
    void on(ReviewEvaluated event) {
        if (event.decision() != ReviewDecision.RENEGOTIATE || event.requestedRoundId() == null) {
            return;
        }
        Optional<RuleView> rule = queries.query(new FindRule(event.ruleId()),
                ResponseTypes.optionalInstanceOf(RuleView.class)).join();
        String name = rule.map(RuleView::name).orElse(event.ruleId().value());
        String topic = "Review of " + name + " v" + event.version();
        String request = "Following the review of " + name + " version " + event.version() + " for period "
                + event.period() + ", the worker side asks to negotiate the rule again. Reasons: " + event.reasons();
        commands.sendAndWait(new RequestConsultation(event.requestedRoundId(), event.platformId(),
                topic.length() > 200 ? topic.substring(0, 200) : topic, request, event.evaluatedBy()));
    }
}

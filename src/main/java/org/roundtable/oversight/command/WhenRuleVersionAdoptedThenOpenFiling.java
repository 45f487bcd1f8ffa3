package org.roundtable.oversight.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.oversight.FilingCommands.OpenFiling;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.ReviewCommands.ScheduleReviews;
import org.roundtable.oversight.ReviewId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;
import org.springframework.stereotype.Component;

/**
 * An adopted rule version must be filed with the regulator within the filing working days, and is
 * reviewed every review period from its adoption: open both.
 */
@Component
@ProcessingGroup("oversight-opening")
@DisallowReplay
class WhenRuleVersionAdoptedThenOpenFiling {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OversightSettings settings;

    WhenRuleVersionAdoptedThenOpenFiling(CommandGateway commands, QueryGateway queries, OversightSettings settings) {
        this.commands = commands;
        this.queries = queries;
        this.settings = settings;
    }

    @EventHandler
    void on(RuleVersionAdopted event, @Timestamp Instant adoptedAt) {
        LocalDate adoptedOn = OversightSettings.dayOf(adoptedAt);
        PlatformId platform = platformOf(event);
        commands.sendAndWait(new OpenFiling(FilingId.of(event.ruleId(), event.version()), event.ruleId(),
                event.version(), platform, adoptedOn, settings.filingDueAfter(adoptedOn)));
        commands.sendAndWait(new ScheduleReviews(ReviewId.of(event.ruleId(), event.version()), event.ruleId(),
                event.version(), platform, adoptedOn.plus(settings.reviewPeriod())));
    }

    /** The rule registry may not have caught up yet; the platform is then looked up when needed. */
    private PlatformId platformOf(RuleVersionAdopted event) {
        try {
            Optional<RuleView> rule = queries.query(new FindRule(event.ruleId()),
                    ResponseTypes.optionalInstanceOf(RuleView.class)).join();
            return rule.map(RuleView::platformId).orElse(null);
        } catch (RuntimeException unavailable) {
            return null;
        }
    }
}

package org.roundtable.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.people.store.PersonStore.NewPerson;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RegisterPlatform;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.preview.RuleKind;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.proposal.ProposalId;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code roundtable.demo=true}, seeds one platform, a roster of nine worker representatives,
 * two algorithm rules and a submitted proposal, so a newcomer can walk through a consultation at
 * once. Runs only on an empty store; every demo account's password is {@value #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "roundtable.demo", havingValue = "true")
class DemoSeeder {

    static final String PASSWORD = "demo-password";
    static final PlatformId PLATFORM = PlatformId.of("swift");
    static final RuleId PRICING = RuleId.of("swift-pricing");
    static final RuleId TIME = RuleId.of("swift-eta");
    static final ProposalId PROPOSAL = ProposalId.of("swift-storm-pay");

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final PersonStore people;
    private final CommandGateway commands;

    DemoSeeder(PersonStore people, CommandGateway commands) {
        this.people = people;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (people.findByUsername("convener").isPresent()) {
            return;
        }
        PersonId convener = account("convener", "王主席 (union convener)", null, Role.CONVENER);
        account("auditor", "审计员 (auditor)", null, Role.AUDITOR);
        PersonId hr = account("hr", "李经理 (Swift HR rules team)", PLATFORM, Role.PLATFORM_HR);
        for (int n = 1; n <= 3; n++) {
            account("worker" + n, "骑手 " + n, PLATFORM, Role.WORKER);
        }
        commands.sendAndWait(new RegisterPlatform(PLATFORM, "迅达配送 Swift Delivery", convener));
        for (int n = 1; n <= 9; n++) {
            PersonId rep = account("rep" + n, "骑手代表 " + n, PLATFORM, Role.REPRESENTATIVE, Role.WORKER);
            commands.sendAndWait(new AppointRepresentative(PLATFORM, rep, Side.WORKERS, n == 1, convener));
        }
        commands.sendAndWait(new AppointRepresentative(PLATFORM, hr, Side.PLATFORM, true, convener));
        commands.sendAndWait(new RegisterRule(PRICING, PLATFORM, "Delivery pay", RuleCategory.PRICING_AND_PAY, null,
                List.of(new Parameter("base_fare", "4.0", "CNY"), new Parameter("per_km", "1.2", "CNY/km"),
                        new Parameter("per_minute", "0", "CNY/min"), new Parameter("bad_weather_surcharge", "1.0", "CNY"),
                        new Parameter("commission_rate", "0%", "")), hr, RuleKind.PRICING));
        commands.sendAndWait(new RegisterRule(TIME, PLATFORM, "Delivery time estimate", RuleCategory.TIME_ESTIMATE,
                null, List.of(new Parameter("base_minutes", "10", "min"), new Parameter("minutes_per_km", "4", "min/km"),
                        new Parameter("weather_buffer_minutes", "5", "min")), hr, RuleKind.TIME_ESTIMATE));
        commands.sendAndWait(new DraftProposal(PROPOSAL, PLATFORM, new ProposalContent(
                "Storm pay and storm time 暴雨天加价与延时",
                RuleCategory.PRICING_AND_PAY,
                List.of(new ParameterChange(PRICING, "bad_weather_surcharge", "1.0", "2.5", "CNY"),
                        new ParameterChange(TIME, "weather_buffer_minutes", "5", "12", "min")),
                "Riders carry more risk and lose time in storms; the surcharge has not changed since 2023.",
                "About 2.5 more CNY per storm order, and 7 more minutes before an order counts as late.",
                LocalDate.now().plusMonths(1)), hr));
        commands.sendAndWait(new SubmitProposal(PROPOSAL, hr));
        log.info("Demo data seeded: platform '{}', proposal '{}'; accounts convener, hr, rep1..rep9, worker1..3,"
                + " auditor (password '{}')", PLATFORM, PROPOSAL, PASSWORD);
    }

    private PersonId account(String username, String name, PlatformId platform, Role... roles) {
        PersonId id = PersonId.of(username);
        people.register(new NewPerson(id, username, PASSWORD, name, null, platform, Set.of(roles)));
        return id;
    }
}

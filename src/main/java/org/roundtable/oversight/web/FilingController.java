package org.roundtable.oversight.web;

import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.oversight.FilingCommands.RecordFiling;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.query.FilingView;
import org.roundtable.oversight.query.OversightQueries.FindFiling;
import org.roundtable.oversight.query.OversightQueries.FindFilingsOfRule;
import org.roundtable.oversight.web.OversightRequests.Filing;
import org.roundtable.people.Actor;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public register of filings (备案) of adopted rule versions; HR records each filing. */
@RestController
@RequestMapping("/api/filings")
class FilingController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RuleLookup rules;

    FilingController(CommandGateway commands, QueryGateway queries, RuleLookup rules) {
        this.commands = commands;
        this.queries = queries;
        this.rules = rules;
    }

    @GetMapping
    List<FilingView> ofRule(@RequestParam String rule) {
        return queries.query(new FindFilingsOfRule(RuleId.of(rule)),
                ResponseTypes.multipleInstancesOf(FilingView.class)).join();
    }

    @GetMapping("/{id}")
    FilingView one(@PathVariable String id) {
        return find(FilingId.of(id));
    }

    @PostMapping("/{id}/record")
    ResponseEntity<Void> record(@PathVariable String id, @Valid @RequestBody Filing body, Actor actor) {
        FilingView filing = find(FilingId.of(id));
        RuleLookup.assertHrOf(actor, rules.platformOf(filing.ruleId()), "record the filing of its rule");
        commands.sendAndWait(new RecordFiling(filing.id(), body.filingNumber(), body.filedOn(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    private FilingView find(FilingId id) {
        return queries.query(new FindFiling(id), ResponseTypes.optionalInstanceOf(FilingView.class)).join()
                .orElseThrow(() -> new DomainException.NotFound("There is no filing " + id
                        + "; filings open when a rule version is adopted."));
    }
}

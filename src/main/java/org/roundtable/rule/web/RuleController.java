package org.roundtable.rule.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.RuleKind;
import org.roundtable.rule.Parameter;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public registry of algorithm rules; a platform's HR team records its rules as they stand. */
@RestController
@RequestMapping("/api/rules")
class RuleController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    RuleController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    /** One named parameter of the rule. */
    record ParameterRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String value,
                            @Size(max = 40) String unit) {

        Parameter toParameter() {
            return new Parameter(name.strip(), value.strip(), unit == null ? "" : unit.strip());
        }
    }

    /**
     * A rule as it stands today with its parameters: with a {@code kind} (PRICING, TIME_ESTIMATE or
     * DISPATCH, fitting the category) a model whose summary is generated, otherwise a free-form rule
     * described by {@code summary}.
     */
    record RegistrationRequest(@NotBlank @Size(max = 200) String name,
                               @NotNull RuleCategory category,
                               RuleKind kind,
                               @Size(max = 10_000) String summary,
                               @NotEmpty @Size(max = 100) List<@NotNull @Valid ParameterRequest> parameters) {
    }

    @PostMapping
    ResponseEntity<Void> register(@Valid @RequestBody RegistrationRequest body, Actor actor) {
        PlatformId platform = requirePlatformHr(actor);
        RuleId id = RuleId.random();
        List<Parameter> parameters = body.parameters().stream().map(ParameterRequest::toParameter).toList();
        commandGateway.sendAndWait(new RegisterRule(id, platform, body.name(), body.category(), body.summary(),
                parameters, actor.id(), body.kind()));
        return ResponseEntity.created(URI.create("/api/rules/" + id)).build();
    }

    @GetMapping("/{id}")
    RuleView rule(@PathVariable RuleId id) {
        return queryGateway.query(new FindRule(id), ResponseTypes.optionalInstanceOf(RuleView.class)).join()
                .orElseThrow(() -> new DomainException.NotFound("There is no rule " + id + " in the registry."));
    }

    @GetMapping
    List<RuleSummary> rules(@RequestParam(name = "platform", required = false) PlatformId platform) {
        return queryGateway.query(new FindRules(platform), ResponseTypes.multipleInstancesOf(RuleSummary.class))
                .join();
    }

    private static PlatformId requirePlatformHr(Actor actor) {
        if (actor == null || !actor.has(Role.PLATFORM_HR) || actor.platform() == null) {
            throw new DomainException.NotAllowed("Only a platform's HR team may register its algorithm rules.");
        }
        return actor.platform();
    }
}

package org.roundtable.complaint.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.complaint.ComplaintCommands.FileComplaint;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintsOfWorker;
import org.roundtable.complaint.query.ComplaintSummary;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.web.HtmlController;
import org.roundtable.shared.web.Refusal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker files a complaint about an algorithmic decision under one of their platform's rules,
 * follows their own complaints, and reads each one with its answer and what happened next. A
 * complaint's page is shown only to the worker, HR of its platform, the union convener and auditors.
 */
@HtmlController
class ComplaintPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ComplaintReading reading;

    ComplaintPageController(CommandGateway commands, QueryGateway queries, ComplaintReading reading) {
        this.commands = commands;
        this.queries = queries;
        this.reading = reading;
    }

    @GetMapping("/complaints/new")
    String newComplaint(@RequestParam(name = "rule", required = false) String rule, Actor actor, Model model) {
        RuleView chosen = rule == null || rule.isBlank() ? null : reading.rule(rule)
                .orElseThrow(() -> new DomainException.NotFound("There is no rule " + rule + " in the registry."));
        PlatformId platform = chosen == null ? actor.platform() : chosen.platformId();
        ComplaintAccess.assertWorkerOf(actor, platform);
        ComplaintForm form = new ComplaintForm();
        form.setRuleId(chosen == null ? "" : chosen.id().value());
        return form(platform, form, model);
    }

    @PostMapping("/complaints")
    String file(@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors, Actor actor, Model model,
                RedirectAttributes redirect) {
        RuleView chosen = form.getRuleId() == null || form.getRuleId().isBlank() ? null
                : reading.rule(form.getRuleId().strip()).orElse(null);
        if (chosen == null && !errors.hasFieldErrors("ruleId")) {
            errors.rejectValue("ruleId", "complaint.ruleUnknown");
        }
        PlatformId platform = chosen == null ? actor.platform() : chosen.platformId();
        ComplaintAccess.assertWorkerOf(actor, platform);
        if (!errors.hasErrors()) {
            ComplaintId id = ComplaintId.random();
            try {
                commands.sendAndWait(new FileComplaint(id, platform, chosen.id(), form.getDecisionKind(),
                        form.getDecisionDate(), form.getDecisionMaking(), form.getText(), actor.id()));
                redirect.addFlashAttribute("notice", "notice.complaint.filed");
                return "redirect:/complaints/" + id + "?filed";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return form(platform, form, model);
    }

    /** Right after filing, {@code ?filed} turns a complaint not readable yet into a page that reloads itself. */
    @GetMapping("/complaints/{id}")
    String complaint(@PathVariable String id, @RequestParam(name = "filed", required = false) String filed,
                     Actor actor, Model model) {
        ComplaintView complaint = reading.complaint(id).orElse(null);
        if (complaint == null && filed != null) {
            model.addAttribute("refreshSeconds", 2);
            return "pending";
        }
        if (complaint == null) {
            complaint = reading.existing(id);
        }
        ComplaintAccess.assertMayRead(actor, complaint);
        model.addAttribute("complaint", complaint);
        model.addAttribute("ruleName", ruleName(complaint.ruleId()));
        model.addAttribute("can", ComplaintActions.of(actor, complaint));
        return "complaint/page";
    }

    @GetMapping("/complaints/mine")
    String mine(Actor actor, Model model) {
        model.addAttribute("complaints", queries.query(new FindComplaintsOfWorker(actor.id()),
                ResponseTypes.multipleInstancesOf(ComplaintSummary.class)).join());
        model.addAttribute("ruleNames", reading.ruleNames(actor.platform()));
        model.addAttribute("mayFile", actor.platform() != null
                && (actor.has(Role.WORKER) || actor.has(Role.REPRESENTATIVE)));
        model.addAttribute("hrPlatform", actor.has(Role.PLATFORM_HR) ? actor.platform() : null);
        model.addAttribute("mayListEscalated", actor.has(Role.CONVENER) || actor.has(Role.AUDITOR));
        model.addAttribute("purpose", "mine");
        return "complaint/list";
    }

    private String form(PlatformId platform, ComplaintForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rules", reading.rules(platform));
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("makings", DecisionMaking.values());
        return "complaint/form";
    }

    private String ruleName(RuleId ruleId) {
        return reading.rule(ruleId.value()).map(RuleView::name).orElse(ruleId.value());
    }
}

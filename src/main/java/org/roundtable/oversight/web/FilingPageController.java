package org.roundtable.oversight.web;

import jakarta.validation.Valid;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.oversight.FilingCommands.RecordFiling;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.query.FilingView;
import org.roundtable.oversight.query.OversightQueries.FindFiling;
import org.roundtable.people.Actor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR of a rule's platform records the filing (备案) of an adopted version: the number and the day. */
@HtmlController
class FilingPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RuleLookup rules;

    FilingPageController(CommandGateway commands, QueryGateway queries, RuleLookup rules) {
        this.commands = commands;
        this.queries = queries;
        this.rules = rules;
    }

    @GetMapping("/filings/{id}/record")
    String newFiling(@PathVariable String id, Actor actor, Model model) {
        FilingView filing = find(id);
        RuleView rule = assertHrOfRule(actor, filing);
        return form(filing, rule, new FilingForm(OversightSettings.dayOf(Instant.now())), model);
    }

    @PostMapping("/filings/{id}/record")
    String record(@PathVariable String id, @Valid @ModelAttribute("form") FilingForm form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes redirect) {
        FilingView filing = find(id);
        RuleView rule = assertHrOfRule(actor, filing);
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new RecordFiling(filing.id(), form.getFilingNumber(), form.getFiledOn(),
                        actor.id()));
                redirect.addFlashAttribute("notice", "notice.filing.recorded");
                return "redirect:/rules/" + rule.id() + "#filing";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return form(filing, rule, form, model);
    }

    private RuleView assertHrOfRule(Actor actor, FilingView filing) {
        RuleView rule = rules.rule(filing.ruleId());
        RuleLookup.assertHrOf(actor, rule.platformId(), "record the filing of its rule");
        return rule;
    }

    private String form(FilingView filing, RuleView rule, FilingForm form, Model model) {
        model.addAttribute("filing", filing);
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        return "oversight/filing-form";
    }

    private FilingView find(String id) {
        FilingId filingId;
        try {
            filingId = FilingId.of(id);
        } catch (IllegalArgumentException malformed) {
            throw new DomainException.NotFound("There is no filing " + id + ".");
        }
        return queries.query(new FindFiling(filingId), ResponseTypes.optionalInstanceOf(FilingView.class)).join()
                .orElseThrow(() -> new DomainException.NotFound("There is no filing " + id
                        + "; filings open when a rule version is adopted."));
    }
}

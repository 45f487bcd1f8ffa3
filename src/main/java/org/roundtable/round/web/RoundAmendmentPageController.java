package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertHrOf;
import static org.roundtable.round.web.RoundAccess.assertRepresentativeOf;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.proposal.web.ChangeRowForm;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.RoundCommands.AcceptAmendment;
import org.roundtable.round.RoundCommands.RejectAmendment;
import org.roundtable.round.RoundCommands.TableAmendment;
import org.roundtable.round.query.AmendmentView;
import org.roundtable.round.query.RoundQueries.FindAmendments;
import org.roundtable.round.query.RoundView;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
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

/** Representatives table amendments to the parameter diff; platform HR accepts or rejects each with reasons. */
@HtmlController
class RoundAmendmentPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RoundReading reading;

    RoundAmendmentPageController(CommandGateway commands, QueryGateway queries, RoundReading reading) {
        this.commands = commands;
        this.queries = queries;
        this.reading = reading;
    }

    @GetMapping("/rounds/{id}/amendments/new")
    String newAmendment(@PathVariable String id, Actor actor, Model model) {
        RoundView round = reading.round(id);
        assertRepresentativeOf(actor, round.platformId(), "tables amendments in its rounds");
        AmendmentForm form = new AmendmentForm();
        ProposalView proposal = reading.proposal(round);
        List<ChangeRowForm> current = proposal == null ? List.of()
                : proposal.changes().stream().map(ChangeRowForm::of).toList();
        form.setChanges(ChangeRowForm.padded(current, current.size() + AmendmentForm.EXTRA_ROWS));
        return amendmentForm(round, form, model);
    }

    @PostMapping("/rounds/{id}/amendments")
    String table(@PathVariable String id, @Valid @ModelAttribute("form") AmendmentForm form, BindingResult errors,
                 Actor actor, Model model, RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        assertRepresentativeOf(actor, round.platformId(), "tables amendments in its rounds");
        ChangeRowForm.validate(form.getChanges(), "changes", errors);
        if (!errors.hasErrors()) {
            try {
                List<ParameterChange> changes = changed(round, ChangeRowForm.changes(form.getChanges()));
                if (changes.isEmpty()) {
                    errors.rejectValue("changes", "amendment.nothingChanged");
                } else {
                    commands.sendAndWait(new TableAmendment(round.id(), AmendmentId.random(), changes,
                            form.getReasons().strip(), actor.id()));
                    redirect.addFlashAttribute("notice", "notice.amendment.tabled");
                    return "redirect:/rounds/" + round.id() + "#amendments";
                }
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return amendmentForm(round, form, model);
    }

    @GetMapping("/rounds/{id}/amendments/{amendmentId}/decision")
    String newDecision(@PathVariable String id, @PathVariable String amendmentId, Actor actor, Model model) {
        RoundView round = reading.round(id);
        assertHrOf(actor, round.platformId(), "decides on amendments");
        return decisionForm(round, amendment(round, amendmentId), new DecisionForm(), model);
    }

    @PostMapping("/rounds/{id}/amendments/{amendmentId}/decision")
    String decide(@PathVariable String id, @PathVariable String amendmentId,
                  @Valid @ModelAttribute("form") DecisionForm form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        assertHrOf(actor, round.platformId(), "decides on amendments");
        AmendmentView amendment = amendment(round, amendmentId);
        boolean accept = "accept".equals(form.getDecision());
        boolean reasonMissing = form.getReason() == null || form.getReason().isBlank();
        if (!accept && !"reject".equals(form.getDecision())) {
            errors.rejectValue("decision", "NotBlank");
        } else if (!accept && reasonMissing) {
            errors.rejectValue("reason", "decision.reasonNeeded");
        }
        if (!errors.hasErrors()) {
            String reason = reasonMissing ? null : form.getReason().strip();
            try {
                commands.sendAndWait(accept
                        ? new AcceptAmendment(round.id(), amendment.id(), reason, actor.id())
                        : new RejectAmendment(round.id(), amendment.id(), reason, actor.id()));
                redirect.addFlashAttribute("notice",
                        accept ? "notice.amendment.accepted" : "notice.amendment.rejected");
                return "redirect:/rounds/" + round.id() + "#amendments";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return decisionForm(round, amendment, form, model);
    }

    /** The rows that differ from the proposal as it stands; rows left as they were are not part of the amendment. */
    private List<ParameterChange> changed(RoundView round, List<ParameterChange> rows) {
        ProposalView proposal = reading.proposal(round);
        List<ParameterChange> current = proposal == null ? List.of() : proposal.changes();
        return rows.stream().filter(row -> !current.contains(row)).toList();
    }

    private String amendmentForm(RoundView round, AmendmentForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("proposal", reading.proposal(round));
        model.addAttribute("rules", queries.query(new FindRules(round.platformId()),
                ResponseTypes.multipleInstancesOf(RuleSummary.class)).join());
        model.addAttribute("form", form);
        return "round/amendment-form";
    }

    private String decisionForm(RoundView round, AmendmentView amendment, DecisionForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("amendment", amendment);
        Map<String, String> ruleNames = new LinkedHashMap<>();
        amendment.changes().forEach(change -> ruleNames.computeIfAbsent(change.ruleId().value(), reading::ruleName));
        model.addAttribute("ruleNames", ruleNames);
        model.addAttribute("form", form);
        return "round/decision-form";
    }

    private AmendmentView amendment(RoundView round, String amendmentId) {
        return queries.query(new FindAmendments(round.id()), ResponseTypes.multipleInstancesOf(AmendmentView.class))
                .join().stream().filter(amendment -> amendment.id().value().equals(amendmentId)).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("This round has no amendment '" + amendmentId + "'."));
    }
}

package org.roundtable.oversight.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.oversight.ReviewCommands.RecordReviewEvaluation;
import org.roundtable.oversight.ReviewCommands.SubmitReviewResults;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewId;
import org.roundtable.oversight.query.OversightQueries.FindReview;
import org.roundtable.oversight.query.OversightQueries.FindReviewsOfRule;
import org.roundtable.oversight.query.ReviewView;
import org.roundtable.people.Actor;
import org.roundtable.round.RoundId;
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

/**
 * Periodic review of an adopted rule version: HR of its platform submits a period's figures; a
 * worker representative of the platform evaluates the latest ones, and asking to renegotiate files
 * a written request for a new round.
 */
@HtmlController
class ReviewPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RuleLookup rules;

    ReviewPageController(CommandGateway commands, QueryGateway queries, RuleLookup rules) {
        this.commands = commands;
        this.queries = queries;
        this.rules = rules;
    }

    @GetMapping("/reviews/{id}/results")
    String newResults(@PathVariable String id, Actor actor, Model model) {
        List<ReviewView> cycles = find(id);
        RuleView rule = rules.rule(cycles.get(0).ruleId());
        RuleLookup.assertHrOf(actor, rule.platformId(), "submit the review results of its rule");
        return resultsForm(cycles, rule, new ResultsForm(previousFigures(rule)), model);
    }

    @PostMapping("/reviews/{id}/results")
    String submitResults(@PathVariable String id, @ModelAttribute("form") ResultsForm form, BindingResult errors,
                         Actor actor, Model model, RedirectAttributes redirect) {
        List<ReviewView> cycles = find(id);
        RuleView rule = rules.rule(cycles.get(0).ruleId());
        RuleLookup.assertHrOf(actor, rule.platformId(), "submit the review results of its rule");
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new SubmitReviewResults(cycles.get(0).id(), form.getPeriod(),
                        FigureRowForm.figures(form.getFigures()), actor.id()));
                redirect.addFlashAttribute("notice", "notice.review.submitted");
                return "redirect:/rules/" + rule.id() + "#reviews";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return resultsForm(cycles, rule, form, model);
    }

    @GetMapping("/reviews/{id}/evaluation")
    String newEvaluation(@PathVariable String id, Actor actor, Model model) {
        List<ReviewView> cycles = find(id);
        RuleView rule = rules.rule(cycles.get(0).ruleId());
        RuleLookup.assertRepresentativeOf(actor, rule.platformId());
        return evaluationForm(cycles, rule, new EvaluationForm(), model);
    }

    @PostMapping("/reviews/{id}/evaluation")
    String evaluate(@PathVariable String id, @Valid @ModelAttribute("form") EvaluationForm form,
                    BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        List<ReviewView> cycles = find(id);
        RuleView rule = rules.rule(cycles.get(0).ruleId());
        RuleLookup.assertRepresentativeOf(actor, rule.platformId());
        form.validate(errors);
        if (!errors.hasErrors()) {
            RoundId round = RoundId.random();
            try {
                commands.sendAndWait(new RecordReviewEvaluation(cycles.get(0).id(), form.getDecision(),
                        form.reasonsOrNull(), rule.platformId(), round, actor.id()));
                if (form.getDecision() == ReviewDecision.RENEGOTIATE) {
                    redirect.addFlashAttribute("notice", "notice.review.renegotiate");
                    return "redirect:/rounds/" + round + "?opened";
                }
                redirect.addFlashAttribute("notice", "notice.review.kept");
                return "redirect:/rules/" + rule.id() + "#reviews";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return evaluationForm(cycles, rule, form, model);
    }

    private String resultsForm(List<ReviewView> cycles, RuleView rule, ResultsForm form, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("review", cycles.get(cycles.size() - 1));
        model.addAttribute("form", form);
        return "oversight/results-form";
    }

    private String evaluationForm(List<ReviewView> cycles, RuleView rule, EvaluationForm form, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("reviewId", cycles.get(0).id());
        model.addAttribute("latest", latestSubmitted(cycles).orElse(null));
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("form", form);
        return "oversight/evaluation-form";
    }

    /** The names and units of the rule's latest submitted figures, to start the next period's rows. */
    private List<FigureRowForm> previousFigures(RuleView rule) {
        List<ReviewView> all = queries.query(new FindReviewsOfRule(rule.id()),
                ResponseTypes.multipleInstancesOf(ReviewView.class)).join();
        return latestSubmitted(all).map(review -> review.figures().entrySet().stream()
                        .map(figure -> new FigureRowForm(figure.getKey(), figure.getValue().unit())).toList())
                .orElse(List.of());
    }

    private static Optional<ReviewView> latestSubmitted(List<ReviewView> cycles) {
        return cycles.stream().filter(review -> review.period() != null)
                .max(Comparator.comparing(ReviewView::version).thenComparing(ReviewView::cycle));
    }

    private List<ReviewView> find(String id) {
        ReviewId reviewId;
        try {
            reviewId = ReviewId.of(id);
        } catch (IllegalArgumentException malformed) {
            throw new DomainException.NotFound("There is no review " + id + ".");
        }
        List<ReviewView> cycles = queries.query(new FindReview(reviewId),
                ResponseTypes.multipleInstancesOf(ReviewView.class)).join();
        if (cycles.isEmpty()) {
            throw new DomainException.NotFound("There is no review " + id
                    + "; reviews are scheduled when a rule version is adopted.");
        }
        return cycles;
    }
}

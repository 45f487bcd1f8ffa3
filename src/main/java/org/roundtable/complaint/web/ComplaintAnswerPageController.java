package org.roundtable.complaint.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.complaint.ComplaintCommands.AnswerComplaint;
import org.roundtable.complaint.ComplaintCommands.RecordHumanReview;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.people.Actor;
import org.roundtable.shared.web.HtmlController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform's steps on a complaint: HR of its platform answers it (upheld or not, how the
 * decision was made, why), and records the result of a human review the worker asked for. Who may
 * act is checked before the form is shown; a refusal of the domain comes back on the form.
 */
@HtmlController
class ComplaintAnswerPageController {

    private final CommandGateway commands;
    private final ComplaintReading reading;

    ComplaintAnswerPageController(CommandGateway commands, ComplaintReading reading) {
        this.commands = commands;
        this.reading = reading;
    }

    @GetMapping("/complaints/{id}/answer")
    String newAnswer(@PathVariable String id, Actor actor, Model model) {
        ComplaintView complaint = hrComplaint(id, actor, "answer its complaints");
        return answerForm(complaint, "answer", new ComplaintAnswerForm(), model);
    }

    @PostMapping("/complaints/{id}/answer")
    String answer(@PathVariable String id, @Valid @ModelAttribute("form") ComplaintAnswerForm form,
                  BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        ComplaintView complaint = hrComplaint(id, actor, "answer its complaints");
        form.validateAnswer(errors);
        return StepForms.send(commands, errors, redirect, complaint, "notice.complaint.answered",
                () -> new AnswerComplaint(complaint.id(), form.getOutcome(), form.getDecisionMaking(),
                        form.getExplanation(), actor.id()),
                () -> answerForm(complaint, "answer", form, model));
    }

    @GetMapping("/complaints/{id}/human-review")
    String newHumanReview(@PathVariable String id, Actor actor, Model model) {
        ComplaintView complaint = hrComplaint(id, actor, "record the human review of its complaints");
        return answerForm(complaint, "review", new ComplaintAnswerForm(), model);
    }

    @PostMapping("/complaints/{id}/human-review")
    String humanReview(@PathVariable String id, @Valid @ModelAttribute("form") ComplaintAnswerForm form,
                       BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        ComplaintView complaint = hrComplaint(id, actor, "record the human review of its complaints");
        return StepForms.send(commands, errors, redirect, complaint, "notice.complaint.reviewed",
                () -> new RecordHumanReview(complaint.id(), form.getOutcome(), form.getExplanation(), actor.id()),
                () -> answerForm(complaint, "review", form, model));
    }

    private ComplaintView hrComplaint(String id, Actor actor, String action) {
        ComplaintView complaint = reading.existing(id);
        ComplaintAccess.assertHrOf(actor, complaint.platformId(), action);
        return complaint;
    }

    private String answerForm(ComplaintView complaint, String purpose, ComplaintAnswerForm form, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("purpose", purpose);
        model.addAttribute("outcomes", ComplaintOutcome.values());
        model.addAttribute("makings", new DecisionMaking[] {DecisionMaking.ALGORITHM_ALONE,
                DecisionMaking.HUMAN_INVOLVED});
        model.addAttribute("form", form);
        return "complaint/answer-form";
    }
}

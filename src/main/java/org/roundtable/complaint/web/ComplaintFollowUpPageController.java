package org.roundtable.complaint.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.complaint.ComplaintCommands;
import org.roundtable.complaint.ComplaintCommands.DisputeAnswer;
import org.roundtable.complaint.ComplaintCommands.RecordUnionFollowUp;
import org.roundtable.complaint.ComplaintCommands.RequestHumanReview;
import org.roundtable.complaint.ComplaintCommands.WithdrawComplaint;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.people.Actor;
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
 * The worker's steps on their own complaint (ask for a human review, dispute the answer so that
 * the complaint goes to the union, withdraw it) and the union convener's follow-up once it is
 * there. Who may act is checked before the form is shown; a refusal of the domain comes back on the
 * form (for the human-review button, at the top of the complaint's page), and nothing changes.
 */
@HtmlController
class ComplaintFollowUpPageController {

    private final CommandGateway commands;
    private final ComplaintReading reading;

    ComplaintFollowUpPageController(CommandGateway commands, ComplaintReading reading) {
        this.commands = commands;
        this.reading = reading;
    }

    @PostMapping("/complaints/{id}/human-review-request")
    String requestHumanReview(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        ComplaintView complaint = workersComplaint(id, actor, "ask for a human review");
        try {
            commands.sendAndWait(new RequestHumanReview(complaint.id(), actor.id()));
            redirect.addFlashAttribute("notice", "notice.complaint.reviewRequested");
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("refusal", Refusal.from(refused).message());
        }
        return "redirect:/complaints/" + complaint.id();
    }

    @GetMapping("/complaints/{id}/dispute")
    String newDispute(@PathVariable String id, Actor actor, Model model) {
        ComplaintView complaint = workersComplaint(id, actor, "dispute the answer");
        return wordsForm(complaint, "dispute", new WordsForm(), model);
    }

    @PostMapping("/complaints/{id}/dispute")
    String dispute(@PathVariable String id, @Valid @ModelAttribute("form") WordsForm form, BindingResult errors,
                   Actor actor, Model model, RedirectAttributes redirect) {
        ComplaintView complaint = workersComplaint(id, actor, "dispute the answer");
        form.require(errors, ComplaintCommands.MAX_REASON);
        return StepForms.send(commands, errors, redirect, complaint, "notice.complaint.disputed",
                () -> new DisputeAnswer(complaint.id(), form.getWords(), actor.id()),
                () -> wordsForm(complaint, "dispute", form, model));
    }

    @GetMapping("/complaints/{id}/withdrawal")
    String newWithdrawal(@PathVariable String id, Actor actor, Model model) {
        ComplaintView complaint = workersComplaint(id, actor, "withdraw it");
        return wordsForm(complaint, "withdrawal", new WordsForm(), model);
    }

    @PostMapping("/complaints/{id}/withdrawal")
    String withdraw(@PathVariable String id, @Valid @ModelAttribute("form") WordsForm form, BindingResult errors,
                    Actor actor, Model model, RedirectAttributes redirect) {
        ComplaintView complaint = workersComplaint(id, actor, "withdraw it");
        form.limit(errors, ComplaintCommands.MAX_REASON);
        return StepForms.send(commands, errors, redirect, complaint, "notice.complaint.withdrawn",
                () -> new WithdrawComplaint(complaint.id(), form.wordsOrNull(), actor.id()),
                () -> wordsForm(complaint, "withdrawal", form, model));
    }

    @GetMapping("/complaints/{id}/union-follow-up")
    String newFollowUp(@PathVariable String id, Actor actor, Model model) {
        ComplaintAccess.assertConvener(actor);
        return wordsForm(reading.existing(id), "followUp", new WordsForm(), model);
    }

    @PostMapping("/complaints/{id}/union-follow-up")
    String followUp(@PathVariable String id, @Valid @ModelAttribute("form") WordsForm form, BindingResult errors,
                    Actor actor, Model model, RedirectAttributes redirect) {
        ComplaintAccess.assertConvener(actor);
        ComplaintView complaint = reading.existing(id);
        form.require(errors, ComplaintCommands.MAX_TEXT);
        return StepForms.send(commands, errors, redirect, complaint, "notice.complaint.followedUp",
                () -> new RecordUnionFollowUp(complaint.id(), form.getWords(), actor.id()),
                () -> wordsForm(complaint, "followUp", form, model));
    }

    private ComplaintView workersComplaint(String id, Actor actor, String action) {
        ComplaintView complaint = reading.existing(id);
        ComplaintAccess.assertIsTheWorker(actor, complaint, action);
        return complaint;
    }

    private String wordsForm(ComplaintView complaint, String purpose, WordsForm form, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("purpose", purpose);
        model.addAttribute("form", form);
        return "complaint/words-form";
    }
}

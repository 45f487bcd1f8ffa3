package org.roundtable.complaint.web;

import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.complaint.ComplaintCommands;
import org.roundtable.complaint.ComplaintCommands.AnswerComplaint;
import org.roundtable.complaint.ComplaintCommands.DisputeAnswer;
import org.roundtable.complaint.ComplaintCommands.RecordHumanReview;
import org.roundtable.complaint.ComplaintCommands.RecordUnionFollowUp;
import org.roundtable.complaint.ComplaintCommands.RequestHumanReview;
import org.roundtable.complaint.ComplaintCommands.WithdrawComplaint;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionMaking;
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
 * The steps after filing, each a form of its own: HR answers and records a human review; the
 * worker asks for a human review, disputes the answer (the complaint goes to the union) or
 * withdraws; the union convener records its follow-up. Who may act is checked before the form is
 * shown; a refusal of the domain comes back on the form, and nothing changes.
 */
@HtmlController
class ComplaintStepPageController {

    private final CommandGateway commands;
    private final ComplaintReading reading;

    ComplaintStepPageController(CommandGateway commands, ComplaintReading reading) {
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
        return send(errors, redirect, complaint, "notice.complaint.answered", () -> new AnswerComplaint(
                        complaint.id(), form.getOutcome(), form.getDecisionMaking(), form.getExplanation(), actor.id()),
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
        return send(errors, redirect, complaint, "notice.complaint.reviewed", () -> new RecordHumanReview(
                        complaint.id(), form.getOutcome(), form.getExplanation(), actor.id()),
                () -> answerForm(complaint, "review", form, model));
    }

    @PostMapping("/complaints/{id}/human-review-request")
    String requestHumanReview(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        ComplaintView complaint = reading.existing(id);
        ComplaintAccess.assertIsTheWorker(actor, complaint, "ask for a human review");
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
        return send(errors, redirect, complaint, "notice.complaint.disputed",
                () -> new DisputeAnswer(complaint.id(), form.getWords(), actor.id()),
                () -> wordsForm(complaint, "dispute", form, model));
    }

    @GetMapping("/complaints/{id}/union-follow-up")
    String newFollowUp(@PathVariable String id, Actor actor, Model model) {
        ComplaintView complaint = unionComplaint(id, actor);
        return wordsForm(complaint, "followUp", new WordsForm(), model);
    }

    @PostMapping("/complaints/{id}/union-follow-up")
    String followUp(@PathVariable String id, @Valid @ModelAttribute("form") WordsForm form, BindingResult errors,
                    Actor actor, Model model, RedirectAttributes redirect) {
        ComplaintView complaint = unionComplaint(id, actor);
        form.require(errors, ComplaintCommands.MAX_TEXT);
        return send(errors, redirect, complaint, "notice.complaint.followedUp",
                () -> new RecordUnionFollowUp(complaint.id(), form.getWords(), actor.id()),
                () -> wordsForm(complaint, "followUp", form, model));
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
        return send(errors, redirect, complaint, "notice.complaint.withdrawn",
                () -> new WithdrawComplaint(complaint.id(), form.wordsOrNull(), actor.id()),
                () -> wordsForm(complaint, "withdrawal", form, model));
    }

    /** Sends the command when the form is valid; a refusal goes back onto the form. */
    private String send(BindingResult errors, RedirectAttributes redirect, ComplaintView complaint, String notice,
                        Supplier<ComplaintCommands> command, Supplier<String> formAgain) {
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(command.get());
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/complaints/" + complaint.id();
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return formAgain.get();
    }

    private ComplaintView hrComplaint(String id, Actor actor, String action) {
        ComplaintView complaint = reading.existing(id);
        ComplaintAccess.assertHrOf(actor, complaint.platformId(), action);
        return complaint;
    }

    private ComplaintView workersComplaint(String id, Actor actor, String action) {
        ComplaintView complaint = reading.existing(id);
        ComplaintAccess.assertIsTheWorker(actor, complaint, action);
        return complaint;
    }

    private ComplaintView unionComplaint(String id, Actor actor) {
        ComplaintAccess.assertConvener(actor);
        return reading.existing(id);
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

    private String wordsForm(ComplaintView complaint, String purpose, WordsForm form, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("purpose", purpose);
        model.addAttribute("form", form);
        return "complaint/words-form";
    }
}

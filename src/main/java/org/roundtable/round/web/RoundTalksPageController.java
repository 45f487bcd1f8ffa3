package org.roundtable.round.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.platform.Side;
import org.roundtable.round.RoundCommands.AgreeToResume;
import org.roundtable.round.RoundCommands.AgreeToSuspend;
import org.roundtable.round.RoundCommands.SignOutcome;
import org.roundtable.round.query.RoundView;
import org.roundtable.shared.web.HtmlController;
import org.roundtable.shared.web.Refusal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the two chief representatives do: agree to suspend or resume talks, and sign the adopted text. */
@HtmlController
class RoundTalksPageController {

    private final CommandGateway commands;
    private final RoundReading reading;
    private final RoundAccess access;

    RoundTalksPageController(CommandGateway commands, RoundReading reading, RoundAccess access) {
        this.commands = commands;
        this.reading = reading;
        this.access = access;
    }

    @GetMapping("/rounds/{id}/suspension")
    String newSuspension(@PathVariable String id, Actor actor, Model model) {
        RoundView round = reading.round(id);
        access.chiefSide(actor, round, "agrees to suspend talks");
        return form(round, new ReasonForm(), model);
    }

    @PostMapping("/rounds/{id}/suspension")
    String suspend(@PathVariable String id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors,
                   Actor actor, Model model, RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        Side side = access.chiefSide(actor, round, "agrees to suspend talks");
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new AgreeToSuspend(round.id(), side, form.getReason().strip(), actor.id()));
                redirect.addFlashAttribute("notice", "notice.suspension.agreed");
                return "redirect:/rounds/" + round.id();
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return form(round, form, model);
    }

    @PostMapping("/rounds/{id}/resumption")
    String resume(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        Side side = access.chiefSide(actor, round, "agrees to resume talks");
        return act(round, redirect, "notice.resumption.agreed",
                () -> commands.sendAndWait(new AgreeToResume(round.id(), side, actor.id())));
    }

    @PostMapping("/rounds/{id}/signatures")
    String sign(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        Side side = access.chiefSide(actor, round, "signs the adopted text");
        return act(round, redirect, "notice.outcome.signed",
                () -> commands.sendAndWait(new SignOutcome(round.id(), side, actor.id())));
    }

    /** Runs a one-button action and returns to the round page with a notice or the refusal. */
    static String act(RoundView round, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("refusal", Refusal.from(refused).message());
        }
        return "redirect:/rounds/" + round.id() + "#actions";
    }

    private static String form(RoundView round, ReasonForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("purpose", "suspension");
        return "round/reason-form";
    }
}

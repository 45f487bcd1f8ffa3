package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertConvener;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.round.RoundCommands.ReturnToNegotiation;
import org.roundtable.round.RoundId;
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

/** After a rejection or no quorum the convener sends the proposal back to negotiation in a follow-up round. */
@HtmlController
class RoundFollowUpPageController {

    private final CommandGateway commands;
    private final RoundReading reading;

    RoundFollowUpPageController(CommandGateway commands, RoundReading reading) {
        this.commands = commands;
        this.reading = reading;
    }

    @GetMapping("/rounds/{id}/follow-up")
    String newFollowUp(@PathVariable String id, Actor actor, Model model) {
        assertConvener(actor, "returns a round to negotiation");
        return form(reading.round(id), new ReasonForm(), model);
    }

    @PostMapping("/rounds/{id}/follow-up")
    String returnToNegotiation(@PathVariable String id, @Valid @ModelAttribute("form") ReasonForm form,
                               BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        assertConvener(actor, "returns a round to negotiation");
        RoundView round = reading.round(id);
        if (!errors.hasErrors()) {
            RoundId followUp = RoundId.random();
            try {
                commands.sendAndWait(new ReturnToNegotiation(round.id(), followUp, form.getReason().strip(),
                        actor.id()));
                redirect.addFlashAttribute("notice", "notice.round.returned");
                return "redirect:/rounds/" + round.id();
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return form(round, form, model);
    }

    private static String form(RoundView round, ReasonForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("purpose", "followUp");
        return "round/reason-form";
    }
}

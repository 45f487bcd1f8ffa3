package org.roundtable.complaint.web;

import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.complaint.ComplaintCommands;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.shared.web.Refusal;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How every form of a complaint's steps ends: back to the complaint when done, or the form again. */
final class StepForms {

    private StepForms() {
    }

    /**
     * Sends the command when the form has no mistakes and goes back to the complaint with a notice;
     * a refusal of the domain goes onto the form, which is shown again with what was typed.
     */
    static String send(CommandGateway commands, BindingResult errors, RedirectAttributes redirect,
                       ComplaintView complaint, String notice, Supplier<ComplaintCommands> command,
                       Supplier<String> formAgain) {
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
}

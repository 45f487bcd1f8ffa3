package org.roundtable.round.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.round.MeetingId;
import org.roundtable.round.RoundCommands.RecordMeeting;
import org.roundtable.round.query.RoundView;
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

/** The minutes of negotiation meetings, recorded by the convener or the platform's HR team. */
@HtmlController
class RoundMeetingPageController {

    private final CommandGateway commands;
    private final RoundReading reading;

    RoundMeetingPageController(CommandGateway commands, RoundReading reading) {
        this.commands = commands;
        this.reading = reading;
    }

    @GetMapping("/rounds/{id}/meetings/new")
    String newMeeting(@PathVariable String id, Actor actor, Model model) {
        RoundView round = reading.round(id);
        assertMayRecord(actor, round);
        return form(round, new MeetingForm(), model);
    }

    @PostMapping("/rounds/{id}/meetings")
    String record(@PathVariable String id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        assertMayRecord(actor, round);
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new RecordMeeting(round.id(), MeetingId.random(), form.getDate(),
                        attendees(form.getAttendees()), form.getMinutes().strip(), actor.id()));
                redirect.addFlashAttribute("notice", "notice.meeting.recorded");
                return "redirect:/rounds/" + round.id() + "#meetings";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return form(round, form, model);
    }

    /** Person ids separated by commas, spaces or new lines (Chinese commas too). */
    static List<PersonId> attendees(String typed) {
        return Arrays.stream(typed.split("[\\s,，、;；]+")).filter(part -> !part.isBlank()).distinct()
                .map(PersonId::of).toList();
    }

    private static String form(RoundView round, MeetingForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        return "round/meeting-form";
    }

    private static void assertMayRecord(Actor actor, RoundView round) {
        boolean hr = actor.has(Role.PLATFORM_HR) && actor.belongsTo(round.platformId());
        if (!actor.has(Role.CONVENER) && !hr) {
            throw new DomainException.NotAllowed("Only the convener or platform HR of " + round.platformId()
                    + " records the minutes of meetings.");
        }
    }
}

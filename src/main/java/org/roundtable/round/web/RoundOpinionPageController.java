package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertHrOf;
import static org.roundtable.round.web.RoundAccess.assertWorkerOrRepresentativeOf;

import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.OpinionId;
import org.roundtable.round.RoundCommands.AnswerOpinion;
import org.roundtable.round.RoundCommands.SubmitOpinion;
import org.roundtable.round.query.OpinionView;
import org.roundtable.round.query.RoundQueries.FindOpinions;
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

/** Workers and representatives give opinions during the comment period; platform HR answers each in public. */
@HtmlController
class RoundOpinionPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RoundReading reading;

    RoundOpinionPageController(CommandGateway commands, QueryGateway queries, RoundReading reading) {
        this.commands = commands;
        this.queries = queries;
        this.reading = reading;
    }

    @GetMapping("/rounds/{id}/opinions/new")
    String newOpinion(@PathVariable String id, Actor actor, Model model) {
        RoundView round = reading.round(id);
        assertWorkerOrRepresentativeOf(actor, round.platformId(), "give opinions in its rounds");
        return opinionForm(round, new OpinionForm(), model);
    }

    @PostMapping("/rounds/{id}/opinions")
    String submit(@PathVariable String id, @Valid @ModelAttribute("form") OpinionForm form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        assertWorkerOrRepresentativeOf(actor, round.platformId(), "give opinions in its rounds");
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new SubmitOpinion(round.id(), OpinionId.random(), form.getText().strip(),
                        form.getParameter() == null || form.getParameter().isBlank() ? null
                                : form.getParameter().strip(), actor.id()));
                redirect.addFlashAttribute("notice", "notice.opinion.given");
                return "redirect:/rounds/" + round.id() + "#opinions";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return opinionForm(round, form, model);
    }

    @GetMapping("/rounds/{id}/opinions/{opinionId}/answer")
    String newAnswer(@PathVariable String id, @PathVariable String opinionId, Actor actor, Model model) {
        RoundView round = reading.round(id);
        assertHrOf(actor, round.platformId(), "answers the opinions given in its rounds");
        return answerForm(round, opinion(round, opinionId), new AnswerForm(), model);
    }

    @PostMapping("/rounds/{id}/opinions/{opinionId}/answer")
    String answer(@PathVariable String id, @PathVariable String opinionId,
                  @Valid @ModelAttribute("form") AnswerForm form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes redirect) {
        RoundView round = reading.round(id);
        assertHrOf(actor, round.platformId(), "answers the opinions given in its rounds");
        OpinionView opinion = opinion(round, opinionId);
        boolean reasonMissing = form.getReason() == null || form.getReason().isBlank();
        if (form.getAnswer() != null && form.getAnswer() != OpinionAnswer.ADOPTED && reasonMissing) {
            errors.rejectValue("reason", "answer.reasonNeeded");
        }
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new AnswerOpinion(round.id(), opinion.id(), form.getAnswer(),
                        reasonMissing ? null : form.getReason().strip(), actor.id()));
                redirect.addFlashAttribute("notice", "notice.opinion.answered");
                return "redirect:/rounds/" + round.id() + "#opinions";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return answerForm(round, opinion, form, model);
    }

    private String opinionForm(RoundView round, OpinionForm form, Model model) {
        ProposalView proposal = reading.proposal(round);
        List<String> parameters = proposal == null ? List.of()
                : proposal.changes().stream().map(ParameterChange::parameter).distinct().toList();
        model.addAttribute("round", round);
        model.addAttribute("proposal", proposal);
        model.addAttribute("parameters", parameters);
        model.addAttribute("form", form);
        return "round/opinion-form";
    }

    private String answerForm(RoundView round, OpinionView opinion, AnswerForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("opinion", opinion);
        model.addAttribute("answers", OpinionAnswer.values());
        model.addAttribute("form", form);
        return "round/answer-form";
    }

    private OpinionView opinion(RoundView round, String opinionId) {
        return queries.query(new FindOpinions(round.id()), ResponseTypes.multipleInstancesOf(OpinionView.class))
                .join().stream().filter(opinion -> opinion.id().value().equals(opinionId)).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("This round has no opinion '" + opinionId + "'."));
    }
}

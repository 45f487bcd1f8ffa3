package org.roundtable.vote.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundQueries.FindRound;
import org.roundtable.round.query.RoundView;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.web.HtmlController;
import org.roundtable.shared.web.Refusal;
import org.roundtable.vote.Choice;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.roundtable.vote.query.BallotQueries.FindMyBallot;
import org.roundtable.vote.query.MyBallotView;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ballot screen: one question, three big choices, and after voting a clear confirmation with
 * the receipt. While voting is open the voter may change their vote; the last one counts. The
 * voter's ballot id is computed here from the signed-in person, never read from the form.
 */
@HtmlController
class VotePageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Pseudonyms pseudonyms;

    VotePageController(CommandGateway commands, QueryGateway queries, Pseudonyms pseudonyms) {
        this.commands = commands;
        this.queries = queries;
        this.pseudonyms = pseudonyms;
    }

    @GetMapping("/rounds/{id}/vote")
    String ballot(@PathVariable String id, Actor actor, Model model) {
        return screen(round(id), actor, new BallotForm(), false, model);
    }

    @PostMapping("/rounds/{id}/vote")
    String cast(@PathVariable String id, @Valid @ModelAttribute("form") BallotForm form, BindingResult errors,
                Actor actor, Model model, RedirectAttributes redirect) {
        RoundView round = round(id);
        if (!errors.hasErrors()) {
            try {
                VoteCast cast = commands.sendAndWait(
                        new CastVote(pseudonyms.ballotOf(round.id(), actor.id()), actor.id(), form.getChoice()));
                redirect.addFlashAttribute("cast", cast.receipt());
                redirect.addFlashAttribute("replaced", cast.replacedReceipt());
                return "redirect:/rounds/" + round.id() + "/vote";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return screen(round, actor, form, true, model);
    }

    private String screen(RoundView round, Actor actor, BallotForm form, boolean answered, Model model) {
        Optional<ProposalView> proposal = round.proposalId() == null ? Optional.empty() : queries.query(
                new FindProposal(round.proposalId()), ResponseTypes.optionalInstanceOf(ProposalView.class)).join();
        model.addAttribute("round", round);
        model.addAttribute("proposal", proposal.orElse(null));
        List<ParameterChange> changes = round.votedText() != null ? round.votedText().changes()
                : proposal.map(ProposalView::changes).orElse(List.of());
        Map<String, String> ruleNames = new LinkedHashMap<>();
        changes.forEach(change -> ruleNames.computeIfAbsent(change.ruleId().value(), this::ruleName));
        model.addAttribute("changes", changes);
        model.addAttribute("ruleNames", ruleNames);
        model.addAttribute("mine", mine(round, actor));
        model.addAttribute("choices", Choice.values());
        model.addAttribute("form", form);
        model.addAttribute("showForm", answered || round.phase() == Phase.VOTING);
        return "vote/ballot";
    }

    private MyBallotView mine(RoundView round, Actor actor) {
        try {
            return queries.query(new FindMyBallot(pseudonyms.ballotOf(round.id(), actor.id())),
                    ResponseTypes.instanceOf(MyBallotView.class)).join();
        } catch (RuntimeException none) {
            Refusal.from(none);
            return null;
        }
    }

    private String ruleName(String ruleId) {
        return queries.query(new FindRule(RuleId.of(ruleId)), ResponseTypes.optionalInstanceOf(RuleView.class)).join()
                .map(RuleView::name).orElse(ruleId);
    }

    private RoundView round(String id) {
        RoundView round = queries.query(new FindRound(RoundId.of(id)), ResponseTypes.instanceOf(RoundView.class))
                .join();
        if (round == null) {
            throw new DomainException.NotFound("There is no round '" + id + "'.");
        }
        return round;
    }
}

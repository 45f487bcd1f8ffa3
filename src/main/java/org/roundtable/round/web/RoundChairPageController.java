package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertConvener;
import static org.roundtable.round.web.RoundTalksPageController.act;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.proposal.query.FindProposals;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalSummary;
import org.roundtable.round.RoundCommands.CloseVoting;
import org.roundtable.round.RoundCommands.OpenRound;
import org.roundtable.round.RoundCommands.OpenVoting;
import org.roundtable.round.RoundCommands.PublishOutcome;
import org.roundtable.round.RoundCommands.StartCommentPeriod;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundView;
import org.roundtable.shared.web.HtmlController;
import org.roundtable.shared.web.PageSupport;
import org.roundtable.shared.web.Refusal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The convener chairs a round: opens it, starts comments early, opens and closes voting, publishes. */
@HtmlController
class RoundChairPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RoundReading reading;
    private final PageSupport pages;

    RoundChairPageController(CommandGateway commands, QueryGateway queries, RoundReading reading, PageSupport pages) {
        this.commands = commands;
        this.queries = queries;
        this.reading = reading;
        this.pages = pages;
    }

    @GetMapping("/rounds/new")
    String newRound(@RequestParam(name = "proposal", required = false) String proposalId, Actor actor, Model model) {
        assertConvener(actor, "opens consultation rounds");
        OpenRoundForm form = new OpenRoundForm();
        form.setProposalId(proposalId == null ? "" : proposalId);
        Instant start = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        form.setCommentStartsAt(pages.formTime(start));
        form.setCommentEndsAt(pages.formTime(start.plus(Duration.ofDays(7))));
        return openForm(form, model);
    }

    @PostMapping("/rounds")
    String open(@Valid @ModelAttribute("form") OpenRoundForm form, BindingResult errors, Actor actor, Model model) {
        assertConvener(actor, "opens consultation rounds");
        Instant startsAt = time(form.getCommentStartsAt(), "commentStartsAt", errors);
        Instant endsAt = time(form.getCommentEndsAt(), "commentEndsAt", errors);
        ProposalSummary proposal = submitted().stream()
                .filter(candidate -> candidate.id().value().equals(form.getProposalId())).findFirst().orElse(null);
        if (proposal == null && !errors.hasFieldErrors("proposalId")) {
            errors.rejectValue("proposalId", "round.proposalNotOpen");
        }
        if (!errors.hasErrors()) {
            RoundId roundId = RoundId.random();
            try {
                commands.sendAndWait(new OpenRound(roundId, proposal.platformId(), proposal.id(),
                        form.getElectorateKind(), startsAt, endsAt, null, actor.id()));
                return "redirect:/rounds/" + roundId + "?opened";
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return openForm(form, model);
    }

    @PostMapping("/rounds/{id}/comment-period")
    String startComments(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        assertConvener(actor, "starts a comment period early");
        RoundView round = reading.round(id);
        return act(round, redirect, "notice.comments.started",
                () -> commands.sendAndWait(new StartCommentPeriod(round.id(), actor.id())));
    }

    @GetMapping("/rounds/{id}/voting")
    String newVoting(@PathVariable String id, Actor actor, Model model) {
        assertConvener(actor, "opens voting");
        VotingForm form = new VotingForm();
        form.setClosesAt(pages.formTime(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES)));
        return votingForm(reading.round(id), form, model);
    }

    @PostMapping("/rounds/{id}/voting")
    String openVoting(@PathVariable String id, @Valid @ModelAttribute("form") VotingForm form, BindingResult errors,
                      Actor actor, Model model, RedirectAttributes redirect) {
        assertConvener(actor, "opens voting");
        RoundView round = reading.round(id);
        Instant closesAt = time(form.getClosesAt(), "closesAt", errors);
        if (!errors.hasErrors()) {
            try {
                commands.sendAndWait(new OpenVoting(round.id(), closesAt, actor.id()));
                redirect.addFlashAttribute("notice", "notice.voting.opened");
                return "redirect:/rounds/" + round.id();
            } catch (RuntimeException refused) {
                String message = Refusal.from(refused).message();
                errors.reject("refused", new Object[] {message}, message);
            }
        }
        return votingForm(round, form, model);
    }

    @PostMapping("/rounds/{id}/voting/closure")
    String closeVoting(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        assertConvener(actor, "closes voting early");
        RoundView round = reading.round(id);
        return act(round, redirect, "notice.voting.closed",
                () -> commands.sendAndWait(new CloseVoting(round.id(), actor.id())));
    }

    @PostMapping("/rounds/{id}/publication")
    String publish(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        assertConvener(actor, "publishes outcomes");
        RoundView round = reading.round(id);
        return act(round, redirect, "notice.outcome.published",
                () -> commands.sendAndWait(new PublishOutcome(round.id(), actor.id())));
    }

    private Instant time(String typed, String field, BindingResult errors) {
        Instant instant = pages.parseFormTime(typed);
        if (instant == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "time.invalid");
        }
        return instant;
    }

    private List<ProposalSummary> submitted() {
        return queries.query(new FindProposals(null), ResponseTypes.multipleInstancesOf(ProposalSummary.class)).join()
                .stream().filter(proposal -> proposal.status() == ProposalStatus.SUBMITTED).toList();
    }

    private String openForm(OpenRoundForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("proposals", submitted());
        model.addAttribute("kinds", ElectorateKind.values());
        model.addAttribute("zone", pages.zoneName());
        return "round/open-form";
    }

    private String votingForm(RoundView round, VotingForm form, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("zone", pages.zoneName());
        return "round/voting-form";
    }
}

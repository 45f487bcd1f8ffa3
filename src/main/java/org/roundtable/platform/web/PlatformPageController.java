package org.roundtable.platform.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RemoveRepresentative;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.FindPlatforms;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.platform.web.RosterCandidates.FindRosterCandidates;
import org.roundtable.platform.web.RosterCandidates.RosterCandidate;
import org.roundtable.proposal.query.FindProposals;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalSummary;
import org.roundtable.round.Phase;
import org.roundtable.round.query.RoundQueries.FindRounds;
import org.roundtable.round.query.RoundView;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.web.HtmlController;
import org.roundtable.shared.web.Refusal;
import org.springframework.lang.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front page (every platform and its rounds, newest first, with what is open now) and each
 * platform's page: its roster, rules, proposals and rounds. The convener keeps the roster here.
 */
@HtmlController
class PlatformPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PlatformPageController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A round as listed: with the title of its proposal. */
    public record RoundLine(RoundView round, String title) {
    }

    public record PlatformRounds(PlatformView platform, List<RoundLine> rounds) {
    }

    @GetMapping("/")
    String index(Model model) {
        List<RoundLine> rounds = roundLines(null);
        List<PlatformRounds> platforms = list(new FindPlatforms(), PlatformView.class).stream()
                .map(platform -> new PlatformRounds(platform, rounds.stream()
                        .filter(line -> line.round().platformId().equals(platform.id())).toList()))
                .toList();
        model.addAttribute("openNow", rounds.stream().filter(line -> line.round().phase() == Phase.COMMENTING
                || line.round().phase() == Phase.VOTING).toList());
        model.addAttribute("platforms", platforms);
        return "platform/index";
    }

    @GetMapping("/platforms/{id}")
    String platform(@PathVariable String id, @Nullable Actor actor, Model model) {
        return page(platform(id), actor, new RosterForm(), model);
    }

    @PostMapping("/platforms/{id}/roster")
    String appoint(@PathVariable String id, @Valid @ModelAttribute("rosterForm") RosterForm form,
                   BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        PlatformView platform = platform(id);
        assertConvener(actor);
        RosterCandidate candidate = errors.hasErrors() ? null : candidates(platform.id()).stream()
                .filter(c -> c.personId().value().equals(form.getPersonId())).findFirst().orElse(null);
        if (candidate == null && !errors.hasErrors()) {
            errors.rejectValue("personId", "roster.notCandidate");
        }
        if (errors.hasErrors()) {
            return page(platform, actor, form, model);
        }
        try {
            commands.sendAndWait(new AppointRepresentative(platform.id(), candidate.personId(), candidate.side(),
                    form.isChief(), actor.id()));
        } catch (RuntimeException refused) {
            String message = Refusal.from(refused).message();
            errors.reject("refused", new Object[] {message}, message);
            return page(platform, actor, form, model);
        }
        redirect.addFlashAttribute("notice", "notice.roster.appointed");
        return "redirect:/platforms/" + platform.id();
    }

    @PostMapping("/platforms/{id}/roster/{personId}/removal")
    String remove(@PathVariable String id, @PathVariable String personId, Actor actor,
                  RedirectAttributes redirect) {
        PlatformView platform = platform(id);
        assertConvener(actor);
        try {
            commands.sendAndWait(new RemoveRepresentative(platform.id(), PersonId.of(personId),
                    "removed by the convener", actor.id()));
            redirect.addFlashAttribute("notice", "notice.roster.removed");
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("refusal", Refusal.from(refused).message());
        }
        return "redirect:/platforms/" + platform.id();
    }

    private String page(PlatformView platform, Actor actor, RosterForm form, Model model) {
        boolean convener = actor != null && actor.has(Role.CONVENER);
        boolean hr = actor != null && actor.has(Role.PLATFORM_HR) && actor.belongsTo(platform.id());
        model.addAttribute("platform", platform);
        model.addAttribute("rounds", roundLines(platform.id()));
        model.addAttribute("rules", list(new FindRules(platform.id()), RuleSummary.class));
        model.addAttribute("proposals", list(new FindProposals(platform.id()), ProposalSummary.class).stream()
                .filter(proposal -> hr || proposal.status() != ProposalStatus.DRAFT).toList());
        model.addAttribute("convener", convener);
        model.addAttribute("hr", hr);
        if (convener) {
            model.addAttribute("rosterForm", form);
            model.addAttribute("candidates", candidates(platform.id()).stream()
                    .filter(c -> platform.roster().stream().noneMatch(m -> m.personId().equals(c.personId())))
                    .toList());
        }
        return "platform/page";
    }

    private List<RoundLine> roundLines(PlatformId platformId) {
        Map<String, String> titles = list(new FindProposals(platformId), ProposalSummary.class).stream()
                .collect(Collectors.toMap(p -> p.id().value(), ProposalSummary::title, (a, b) -> a));
        return list(new FindRounds(platformId, null), RoundView.class).stream()
                .map(round -> new RoundLine(round, round.proposalId() != null
                        ? titles.getOrDefault(round.proposalId().value(), round.proposalId().value())
                        : round.request() != null ? round.request().topic() : round.id().value()))
                .toList();
    }

    private PlatformView platform(String id) {
        PlatformView platform = queries.query(new FindPlatform(PlatformId.of(id)),
                ResponseTypes.instanceOf(PlatformView.class)).join();
        if (platform == null) {
            throw new DomainException.NotFound("There is no platform '" + id + "'.");
        }
        return platform;
    }

    private List<RosterCandidate> candidates(PlatformId platformId) {
        return list(new FindRosterCandidates(platformId), RosterCandidate.class);
    }

    private <T> List<T> list(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    private static void assertConvener(Actor actor) {
        if (!actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed("Only the union convener keeps platforms and rosters.");
        }
    }
}

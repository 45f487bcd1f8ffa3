package org.roundtable.proposal.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.query.FindRecordedPreviews;
import org.roundtable.preview.query.RecordedPreviewView;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.FindRuleChangesInWords;
import org.roundtable.rule.query.RuleChangeInWords;
import org.roundtable.rule.query.FindRules;
import org.roundtable.rule.query.RuleSummary;
import org.roundtable.rule.query.RuleView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform HR drafts and submits proposals with their parameter diff; anyone reads a submitted one. */
@HtmlController
class ProposalPageController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ProposalPageController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/proposals/new")
    String newProposal(Actor actor, Model model) {
        return form(hrPlatform(actor), new ProposalForm(), model);
    }

    @PostMapping("/proposals")
    String draft(@Valid @ModelAttribute("form") ProposalForm form, BindingResult errors, Actor actor, Model model,
                 RedirectAttributes redirect) {
        PlatformId platform = hrPlatform(actor);
        ChangeRowForm.validate(form.getChanges(), "changes", errors);
        if (errors.hasErrors()) {
            return form(platform, form, model);
        }
        ProposalId id = ProposalId.random();
        try {
            commands.sendAndWait(new DraftProposal(id, platform, form.toContent(), actor.id()));
        } catch (RuntimeException refused) {
            String message = Refusal.from(refused).message();
            errors.reject("refused", new Object[] {message}, message);
            return form(platform, form, model);
        }
        boolean submitted = false;
        if (form.submitNow()) {
            try {
                commands.sendAndWait(new SubmitProposal(id, actor.id()));
                submitted = true;
            } catch (RuntimeException refused) {
                redirect.addFlashAttribute("refusal", Refusal.from(refused).message());
            }
        }
        redirect.addFlashAttribute("notice", submitted ? "notice.proposal.submitted" : "notice.proposal.drafted");
        return "redirect:/proposals/" + id + "?drafted";
    }

    /** Right after drafting, {@code ?drafted} turns a proposal not readable yet into a page that reloads itself. */
    @GetMapping("/proposals/{id}")
    String proposal(@PathVariable String id, @RequestParam(name = "drafted", required = false) String drafted,
                    @Nullable Actor actor, Model model) {
        ProposalView proposal;
        try {
            proposal = visible(ProposalId.of(id), actor);
        } catch (DomainException.NotFound notYet) {
            if (drafted == null) {
                throw notYet;
            }
            model.addAttribute("refreshSeconds", 2);
            return "pending";
        }
        Map<String, String> ruleNames = new LinkedHashMap<>();
        proposal.changes().forEach(change -> ruleNames.computeIfAbsent(change.ruleId().value(), this::ruleName));
        proposal.revisions().forEach(revision -> revision.delta()
                .forEach(delta -> ruleNames.computeIfAbsent(delta.ruleId().value(), this::ruleName)));
        List<RuleChangeInWords> inWords = queries.query(new FindRuleChangesInWords(proposal.changes()),
                ResponseTypes.multipleInstancesOf(RuleChangeInWords.class)).join();
        List<RecordedPreviewView> previews = queries.query(new FindRecordedPreviews(proposal.id()),
                ResponseTypes.multipleInstancesOf(RecordedPreviewView.class)).join();
        previews.forEach(preview -> ruleNames.computeIfAbsent(preview.ruleId().value(), this::ruleName));
        List<RuleChangeInWords> previewable = inWords.stream().filter(rule -> rule.kind().previewable()).toList();
        model.addAttribute("proposal", proposal);
        model.addAttribute("ruleNames", ruleNames);
        model.addAttribute("mayChange", isHrOf(actor, proposal.platformId()));
        model.addAttribute("inWords", inWords);
        model.addAttribute("previews", previews);
        model.addAttribute("previewRules", previewable);
        model.addAttribute("mayPreview", !previewable.isEmpty() && openToPreviews(proposal)
                && mayRecordPreviews(actor, proposal.platformId()));
        return "proposal/page";
    }

    @PostMapping("/proposals/{id}/submission")
    String submit(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        ProposalView proposal = visible(ProposalId.of(id), actor);
        if (!isHrOf(actor, proposal.platformId())) {
            throw new DomainException.NotAllowed("Only the HR team of platform " + proposal.platformId()
                    + " may submit its proposals.");
        }
        try {
            commands.sendAndWait(new SubmitProposal(proposal.id(), actor.id()));
            redirect.addFlashAttribute("notice", "notice.proposal.submitted");
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("refusal", Refusal.from(refused).message());
        }
        return "redirect:/proposals/" + id;
    }

    private String form(PlatformId platform, ProposalForm form, Model model) {
        List<RuleSummary> rules = queries.query(new FindRules(platform),
                ResponseTypes.multipleInstancesOf(RuleSummary.class)).join();
        model.addAttribute("form", form);
        model.addAttribute("rules", rules);
        model.addAttribute("categories", RuleCategory.values());
        return "proposal/form";
    }

    private ProposalView visible(ProposalId id, Actor actor) {
        ProposalView proposal = queries.query(new FindProposal(id),
                ResponseTypes.optionalInstanceOf(ProposalView.class)).join().orElse(null);
        if (proposal == null || proposal.status() == ProposalStatus.DRAFT && !isHrOf(actor, proposal.platformId())) {
            throw new DomainException.NotFound("There is no proposal " + id + ".");
        }
        return proposal;
    }

    private String ruleName(String ruleId) {
        return queries.query(new FindRule(org.roundtable.rule.RuleId.of(ruleId)),
                ResponseTypes.optionalInstanceOf(RuleView.class)).join().map(RuleView::name).orElse(ruleId);
    }

    private static PlatformId hrPlatform(Actor actor) {
        if (!actor.has(Role.PLATFORM_HR) || actor.platform() == null) {
            throw new DomainException.NotAllowed("Only a platform's HR team may draft proposals for it.");
        }
        return actor.platform();
    }

    private static boolean openToPreviews(ProposalView proposal) {
        return proposal.status() == ProposalStatus.SUBMITTED || proposal.status() == ProposalStatus.UNDER_CONSULTATION;
    }

    /** HR and worker representatives of the platform record impact previews of its proposals. */
    private static boolean mayRecordPreviews(Actor actor, PlatformId platform) {
        return actor != null && actor.belongsTo(platform)
                && (actor.has(Role.PLATFORM_HR) || actor.has(Role.REPRESENTATIVE));
    }

    private static boolean isHrOf(Actor actor, PlatformId platform) {
        return actor != null && actor.has(Role.PLATFORM_HR) && actor.belongsTo(platform);
    }
}

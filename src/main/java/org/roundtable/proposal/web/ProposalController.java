package org.roundtable.proposal.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalCommands.DraftProposal;
import org.roundtable.proposal.ProposalCommands.EditDraft;
import org.roundtable.proposal.ProposalCommands.ReviseProposal;
import org.roundtable.proposal.ProposalCommands.SubmitProposal;
import org.roundtable.proposal.ProposalCommands.WithdrawProposal;
import org.roundtable.proposal.ProposalId;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.FindProposals;
import org.roundtable.proposal.query.ProposalStatus;
import org.roundtable.proposal.query.ProposalSummary;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.proposal.query.RevisionView;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform HR drafts, submits, revises and withdraws algorithm-rule proposals; anyone reads the
 * submitted ones. A draft is seen only by its platform's HR.
 */
@RestController
@RequestMapping("/api/proposals")
class ProposalController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    ProposalController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    ResponseEntity<Void> draft(@Valid @RequestBody ProposalRequests.Draft body, Actor actor) {
        PlatformId platform = requirePlatformHr(actor);
        ProposalId id = ProposalId.random();
        commandGateway.sendAndWait(new DraftProposal(id, platform, body.toContent(), actor.id()));
        return ResponseEntity.created(URI.create("/api/proposals/" + id)).build();
    }

    @PutMapping("/{id}/draft")
    ResponseEntity<Void> editDraft(@PathVariable ProposalId id, @Valid @RequestBody ProposalRequests.Draft body,
                                   Actor actor) {
        requireHrOf(id, actor);
        commandGateway.sendAndWait(new EditDraft(id, body.toContent(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submission")
    ResponseEntity<Void> submit(@PathVariable ProposalId id, Actor actor) {
        requireHrOf(id, actor);
        commandGateway.sendAndWait(new SubmitProposal(id, actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/revisions")
    ResponseEntity<Void> revise(@PathVariable ProposalId id, @Valid @RequestBody ProposalRequests.Revision body,
                                Actor actor) {
        requireHrOf(id, actor);
        Integer revision = commandGateway.sendAndWait(
                new ReviseProposal(id, body.toChanges(), body.reason(), null, actor.id()));
        return ResponseEntity.created(URI.create("/api/proposals/" + id + "/revisions/" + revision)).build();
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable ProposalId id, @Valid @RequestBody ProposalRequests.Withdrawal body,
                                  Actor actor) {
        requireHrOf(id, actor);
        commandGateway.sendAndWait(new WithdrawProposal(id, body.reason(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    ProposalView proposal(@PathVariable ProposalId id, @Nullable Actor actor) {
        return visible(id, actor);
    }

    @GetMapping("/{id}/revisions/{number}")
    RevisionView revision(@PathVariable ProposalId id, @PathVariable int number, @Nullable Actor actor) {
        return visible(id, actor).revisions().stream()
                .filter(revision -> revision.number() == number)
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("Proposal " + id + " has no revision " + number + "."));
    }

    @GetMapping
    List<ProposalSummary> proposals(@RequestParam(name = "platform", required = false) PlatformId platform,
                                    @Nullable Actor actor) {
        List<ProposalSummary> all = queryGateway.query(new FindProposals(platform),
                ResponseTypes.multipleInstancesOf(ProposalSummary.class)).join();
        return all.stream()
                .filter(proposal -> proposal.status() != ProposalStatus.DRAFT || isHrOf(actor, proposal.platformId()))
                .toList();
    }

    private ProposalView visible(ProposalId id, Actor actor) {
        ProposalView proposal = find(id);
        if (proposal.status() == ProposalStatus.DRAFT && !isHrOf(actor, proposal.platformId())) {
            throw notFound(id);
        }
        return proposal;
    }

    private void requireHrOf(ProposalId id, Actor actor) {
        ProposalView proposal = find(id);
        if (!isHrOf(actor, proposal.platformId())) {
            throw new DomainException.NotAllowed("Only the HR team of platform " + proposal.platformId()
                    + " may change proposal " + id + ".");
        }
    }

    private ProposalView find(ProposalId id) {
        return queryGateway.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class)).join()
                .orElseThrow(() -> notFound(id));
    }

    private static PlatformId requirePlatformHr(Actor actor) {
        if (actor == null || !actor.has(Role.PLATFORM_HR) || actor.platform() == null) {
            throw new DomainException.NotAllowed("Only a platform's HR team may draft proposals for it.");
        }
        return actor.platform();
    }

    private static boolean isHrOf(Actor actor, PlatformId platform) {
        return actor != null && actor.has(Role.PLATFORM_HR) && actor.belongsTo(platform);
    }

    private static DomainException.NotFound notFound(ProposalId id) {
        return new DomainException.NotFound("There is no proposal " + id + ".");
    }
}

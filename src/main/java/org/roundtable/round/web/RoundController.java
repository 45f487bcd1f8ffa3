package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertConvener;
import static org.roundtable.round.web.RoundAccess.assertHrOf;
import static org.roundtable.round.web.RoundAccess.assertRepresentativeOf;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.RoundCommands.AnswerConsultationRequest;
import org.roundtable.round.RoundCommands.CancelRound;
import org.roundtable.round.RoundCommands.OpenRound;
import org.roundtable.round.RoundCommands.RequestConsultation;
import org.roundtable.round.RoundCommands.ReturnToNegotiation;
import org.roundtable.round.RoundCommands.StartCommentPeriod;
import org.roundtable.round.RoundId;
import org.roundtable.round.Threshold;
import org.roundtable.round.VoteRule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening, requesting, starting, returning and cancelling rounds. */
@RestController
@RequestMapping("/api/rounds")
class RoundController {

    private final CommandGateway commands;
    private final RoundAccess access;

    RoundController(CommandGateway commands, RoundAccess access) {
        this.commands = commands;
        this.access = access;
    }

    /** {@code roundId} is given only to open a round the worker side requested. */
    record NewRound(@Size(max = 64) String roundId, @NotBlank String platformId, @NotBlank String proposalId,
                    @NotNull ElectorateKind electorateKind, @NotNull Instant commentStartsAt,
                    @NotNull Instant commentEndsAt, @Valid VoteRuleBody voteRule) {
    }

    record VoteRuleBody(@NotNull @Valid ThresholdBody attendance, @NotNull @Valid ThresholdBody approval) {

        VoteRule toVoteRule() {
            return new VoteRule(attendance.toThreshold(), approval.toThreshold());
        }
    }

    record ThresholdBody(@NotNull Long numerator, @NotNull Long denominator,
                         @NotNull Threshold.Comparison comparison) {

        Threshold toThreshold() {
            return new Threshold(numerator, denominator, comparison);
        }
    }

    record NewRequest(@NotBlank String platformId, @NotBlank @Size(max = 200) String topic,
                      @NotBlank @Size(max = 10_000) String request) {
    }

    record WrittenAnswer(@NotBlank @Size(max = 10_000) String answer) {
    }

    record Reason(@NotBlank @Size(max = 5_000) String reason) {
    }

    @PostMapping
    ResponseEntity<Void> open(@Valid @RequestBody NewRound body, Actor actor) {
        assertConvener(actor, "opens consultation rounds");
        PlatformId platformId = PlatformId.of(body.platformId());
        access.assertPlatformExists(platformId);
        access.assertProposalCanBeConsulted(ProposalId.of(body.proposalId()), platformId);
        RoundId roundId = body.roundId() == null ? RoundId.random() : RoundId.of(body.roundId());
        commands.sendAndWait(new OpenRound(roundId, platformId, ProposalId.of(body.proposalId()),
                body.electorateKind(), body.commentStartsAt(), body.commentEndsAt(),
                body.voteRule() == null ? null : body.voteRule().toVoteRule(), actor.id()));
        return created(roundId);
    }

    @PostMapping("/requests")
    ResponseEntity<Void> request(@Valid @RequestBody NewRequest body, Actor actor) {
        PlatformId platformId = PlatformId.of(body.platformId());
        assertRepresentativeOf(actor, platformId, "requests a consultation in writing");
        access.assertPlatformExists(platformId);
        RoundId roundId = RoundId.random();
        commands.sendAndWait(new RequestConsultation(roundId, platformId, body.topic(), body.request(), actor.id()));
        return created(roundId);
    }

    @PostMapping("/{id}/request-answer")
    ResponseEntity<Void> answerRequest(@PathVariable String id, @Valid @RequestBody WrittenAnswer body,
                                       Actor actor) {
        assertHrOf(actor, access.round(id).platformId(), "answers its written consultation requests");
        commands.sendAndWait(new AnswerConsultationRequest(RoundId.of(id), body.answer(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/comment-period")
    ResponseEntity<Void> startCommentPeriod(@PathVariable String id, Actor actor) {
        assertConvener(actor, "starts a comment period early");
        commands.sendAndWait(new StartCommentPeriod(RoundId.of(id), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/follow-up")
    ResponseEntity<Void> returnToNegotiation(@PathVariable String id, @Valid @RequestBody Reason body,
                                             Actor actor) {
        assertConvener(actor, "returns a round to negotiation");
        RoundId followUp = RoundId.random();
        commands.sendAndWait(new ReturnToNegotiation(RoundId.of(id), followUp, body.reason(), actor.id()));
        return created(followUp);
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String id, @Valid @RequestBody Reason body, Actor actor) {
        assertConvener(actor, "cancels a round");
        commands.sendAndWait(new CancelRound(RoundId.of(id), body.reason(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<Void> created(RoundId roundId) {
        return ResponseEntity.created(URI.create("/api/rounds/" + roundId)).build();
    }
}

package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertHrOf;
import static org.roundtable.round.web.RoundAccess.assertWorkerOrRepresentativeOf;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.OpinionId;
import org.roundtable.round.RoundCommands.AnswerOpinion;
import org.roundtable.round.RoundCommands.SubmitOpinion;
import org.roundtable.round.RoundId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opinions during the comment period, and platform HR's public answers. */
@RestController
@RequestMapping("/api/rounds/{id}/opinions")
class RoundOpinionController {

    private final CommandGateway commands;
    private final RoundAccess access;

    RoundOpinionController(CommandGateway commands, RoundAccess access) {
        this.commands = commands;
        this.access = access;
    }

    record NewOpinion(@NotBlank @Size(max = 5_000) String text, @Size(max = 100) String parameter) {
    }

    record Answer(@NotNull OpinionAnswer answer, @Size(max = 5_000) String reason) {
    }

    @PostMapping
    ResponseEntity<Void> submit(@PathVariable String id, @Valid @RequestBody NewOpinion body, Actor actor) {
        assertWorkerOrRepresentativeOf(actor, access.round(id).platformId(), "give opinions in its rounds");
        OpinionId opinionId = OpinionId.random();
        commands.sendAndWait(new SubmitOpinion(RoundId.of(id), opinionId, body.text(), body.parameter(),
                actor.id()));
        return ResponseEntity.created(URI.create("/api/rounds/" + id + "/opinions/" + opinionId)).build();
    }

    @PostMapping("/{opinionId}/answer")
    ResponseEntity<Void> answer(@PathVariable String id, @PathVariable String opinionId,
                                @Valid @RequestBody Answer body, Actor actor) {
        assertHrOf(actor, access.round(id).platformId(), "answers the opinions given in its rounds");
        commands.sendAndWait(new AnswerOpinion(RoundId.of(id), OpinionId.of(opinionId), body.answer(),
                body.reason(), actor.id()));
        return ResponseEntity.noContent().build();
    }
}

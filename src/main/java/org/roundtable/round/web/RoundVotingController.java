package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertConvener;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.round.RoundCommands.CloseVoting;
import org.roundtable.round.RoundCommands.OpenVoting;
import org.roundtable.round.RoundCommands.PublishOutcome;
import org.roundtable.round.RoundCommands.SignOutcome;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The voting window, the early close, the chiefs' signatures and the publication of the outcome. */
@RestController
@RequestMapping("/api/rounds/{id}")
class RoundVotingController {

    private final CommandGateway commands;
    private final RoundAccess access;

    RoundVotingController(CommandGateway commands, RoundAccess access) {
        this.commands = commands;
        this.access = access;
    }

    record VotingWindow(@NotNull Instant closesAt) {
    }

    @PostMapping("/voting")
    ResponseEntity<Void> openVoting(@PathVariable String id, @Valid @RequestBody VotingWindow body, Actor actor) {
        assertConvener(actor, "opens voting");
        commands.sendAndWait(new OpenVoting(RoundId.of(id), body.closesAt(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/voting/closure")
    ResponseEntity<Void> closeVoting(@PathVariable String id, Actor actor) {
        assertConvener(actor, "closes voting early");
        commands.sendAndWait(new CloseVoting(RoundId.of(id), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/signatures")
    ResponseEntity<Void> sign(@PathVariable String id, Actor actor) {
        RoundView round = access.round(id);
        var side = access.chiefSide(actor, round, "signs the adopted text");
        commands.sendAndWait(new SignOutcome(round.id(), side, actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publication")
    ResponseEntity<Void> publish(@PathVariable String id, Actor actor) {
        assertConvener(actor, "publishes outcomes");
        commands.sendAndWait(new PublishOutcome(RoundId.of(id), actor.id()));
        return ResponseEntity.noContent().build();
    }
}

package org.roundtable.round.web;

import static org.roundtable.round.web.RoundAccess.assertConvener;
import static org.roundtable.round.web.RoundAccess.assertHrOf;
import static org.roundtable.round.web.RoundAccess.assertRepresentativeOf;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.MeetingId;
import org.roundtable.round.RoundCommands.AcceptAmendment;
import org.roundtable.round.RoundCommands.AgreeToResume;
import org.roundtable.round.RoundCommands.AgreeToSuspend;
import org.roundtable.round.RoundCommands.RecordMeeting;
import org.roundtable.round.RoundCommands.RejectAmendment;
import org.roundtable.round.RoundCommands.TableAmendment;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Negotiation: amendments and their decisions, meeting minutes, suspension and resumption of talks. */
@RestController
@RequestMapping("/api/rounds/{id}")
class RoundNegotiationController {

    private final CommandGateway commands;
    private final RoundAccess access;

    RoundNegotiationController(CommandGateway commands, RoundAccess access) {
        this.commands = commands;
        this.access = access;
    }

    record NewAmendment(@NotEmpty List<@NotNull ParameterChange> changes, @NotBlank @Size(max = 5_000) String reasons) {
    }

    record Decision(@Size(max = 5_000) String reason) {
    }

    record Minutes(@NotNull LocalDate date, @NotEmpty List<@NotBlank String> attendees,
                   @NotBlank @Size(max = 20_000) String minutes) {
    }

    record Suspension(@NotBlank @Size(max = 5_000) String reason) {
    }

    @PostMapping("/amendments")
    ResponseEntity<Void> table(@PathVariable String id, @Valid @RequestBody NewAmendment body, Actor actor) {
        assertRepresentativeOf(actor, access.round(id).platformId(), "tables amendments in its rounds");
        AmendmentId amendmentId = AmendmentId.random();
        commands.sendAndWait(new TableAmendment(RoundId.of(id), amendmentId, body.changes(), body.reasons(),
                actor.id()));
        return ResponseEntity.created(URI.create("/api/rounds/" + id + "/amendments/" + amendmentId)).build();
    }

    @PostMapping("/amendments/{amendmentId}/acceptance")
    ResponseEntity<Void> accept(@PathVariable String id, @PathVariable String amendmentId,
                                @Valid @RequestBody(required = false) Decision body, Actor actor) {
        assertHrOf(actor, access.round(id).platformId(), "accepts amendments");
        commands.sendAndWait(new AcceptAmendment(RoundId.of(id), AmendmentId.of(amendmentId),
                body == null ? null : body.reason(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/amendments/{amendmentId}/rejection")
    ResponseEntity<Void> reject(@PathVariable String id, @PathVariable String amendmentId,
                                @Valid @RequestBody Decision body, Actor actor) {
        assertHrOf(actor, access.round(id).platformId(), "rejects amendments");
        commands.sendAndWait(new RejectAmendment(RoundId.of(id), AmendmentId.of(amendmentId), body.reason(),
                actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings")
    ResponseEntity<Void> recordMeeting(@PathVariable String id, @Valid @RequestBody Minutes body, Actor actor) {
        assertConvener(actor, "records the minutes of meetings");
        MeetingId meetingId = MeetingId.random();
        commands.sendAndWait(new RecordMeeting(RoundId.of(id), meetingId, body.date(),
                body.attendees().stream().map(PersonId::of).toList(), body.minutes(), actor.id()));
        return ResponseEntity.created(URI.create("/api/rounds/" + id + "/meetings/" + meetingId)).build();
    }

    @PostMapping("/suspension")
    ResponseEntity<Void> suspend(@PathVariable String id, @Valid @RequestBody Suspension body, Actor actor) {
        RoundView round = access.round(id);
        var side = access.chiefSide(actor, round, "agrees to suspend talks");
        commands.sendAndWait(new AgreeToSuspend(round.id(), side, body.reason(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resumption")
    ResponseEntity<Void> resume(@PathVariable String id, Actor actor) {
        RoundView round = access.round(id);
        var side = access.chiefSide(actor, round, "agrees to resume talks");
        commands.sendAndWait(new AgreeToResume(round.id(), side, actor.id()));
        return ResponseEntity.noContent().build();
    }
}

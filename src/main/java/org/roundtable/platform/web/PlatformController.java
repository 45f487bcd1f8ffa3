package org.roundtable.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RegisterPlatform;
import org.roundtable.platform.PlatformCommands.RemoveRepresentative;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.FindPlatforms;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.platform.Side;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platforms and their rosters, kept by the union convener. */
@RestController
@RequestMapping("/api/platforms")
class PlatformController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PersonStore people;

    PlatformController(CommandGateway commands, QueryGateway queries, PersonStore people) {
        this.commands = commands;
        this.queries = queries;
        this.people = people;
    }

    record NewPlatform(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 200) String name) {
    }

    record NewRepresentative(@NotBlank String personId, @NotNull Side side, boolean chief) {
    }

    @PostMapping
    ResponseEntity<Void> register(@Valid @RequestBody NewPlatform body, Actor actor) {
        assertConvener(actor);
        PlatformId id = PlatformId.of(body.id());
        if (find(id) != null) {
            throw new DomainException.Conflict("A platform with id '" + id + "' is already registered.");
        }
        commands.sendAndWait(new RegisterPlatform(id, body.name(), actor.id()));
        return ResponseEntity.created(URI.create("/api/platforms/" + id)).build();
    }

    @GetMapping
    List<PlatformView> all() {
        return queries.query(new FindPlatforms(), ResponseTypes.multipleInstancesOf(PlatformView.class)).join();
    }

    @GetMapping("/{id}")
    PlatformView one(@PathVariable String id) {
        PlatformView view = find(PlatformId.of(id));
        if (view == null) {
            throw new DomainException.NotFound("There is no platform '" + id + "'.");
        }
        return view;
    }

    @PostMapping("/{id}/roster")
    ResponseEntity<Void> appoint(@PathVariable String id, @Valid @RequestBody NewRepresentative body, Actor actor) {
        assertConvener(actor);
        PlatformId platformId = one(id).id();
        PersonId personId = PersonId.of(body.personId());
        assertFitsSide(people.find(personId).orElseThrow(
                () -> new DomainException.NotFound("There is no person '" + personId + "'.")), platformId, body.side());
        commands.sendAndWait(new AppointRepresentative(platformId, personId, body.side(), body.chief(), actor.id()));
        return ResponseEntity.created(URI.create("/api/platforms/" + id)).build();
    }

    @DeleteMapping("/{id}/roster/{personId}")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String personId,
                                @RequestParam(defaultValue = "removed by the convener") String reason, Actor actor) {
        assertConvener(actor);
        commands.sendAndWait(new RemoveRepresentative(one(id).id(), PersonId.of(personId), reason, actor.id()));
        return ResponseEntity.noContent().build();
    }

    private PlatformView find(PlatformId id) {
        return queries.query(new FindPlatform(id), ResponseTypes.instanceOf(PlatformView.class)).join();
    }

    private static void assertConvener(Actor actor) {
        if (!actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed("Only the union convener keeps platforms and rosters.");
        }
    }

    private static void assertFitsSide(PersonAccount person, PlatformId platformId, Side side) {
        Role needed = side == Side.WORKERS ? Role.REPRESENTATIVE : Role.PLATFORM_HR;
        if (!person.roles().contains(needed) || !platformId.equals(person.platform())) {
            throw new DomainException.Conflict("Only a " + needed.name().toLowerCase().replace('_', ' ')
                    + " of " + platformId + " can sit on the " + side.name().toLowerCase() + " side.");
        }
    }
}

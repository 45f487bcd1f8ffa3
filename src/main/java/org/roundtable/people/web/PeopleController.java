package org.roundtable.people.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import org.roundtable.people.Actor;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.people.store.PersonStore.NewPerson;
import org.roundtable.platform.PlatformId;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts. The convener opens accounts of any role; platform HR enrolls the workers of its own
 * platform. Personal data is answered only to the person themself and the convener.
 */
@RestController
class PeopleController {

    private final PersonStore people;

    PeopleController(PersonStore people) {
        this.people = people;
    }

    record NewAccount(@NotBlank @Size(max = 100) String username, @NotBlank @Size(min = 8, max = 128) String password,
                      @Size(max = 200) String displayName, @Size(max = 40) String phone, String platformId,
                      @NotEmpty Set<Role> roles) {
    }

    record AccountView(String id, String username, String displayName, String platformId, Set<Role> roles) {
        static AccountView of(PersonAccount account) {
            return new AccountView(account.id().value(), account.username(), account.displayName(),
                    account.platform() == null ? null : account.platform().value(), account.roles());
        }
    }

    @PostMapping("/api/people")
    ResponseEntity<AccountView> register(@Valid @RequestBody NewAccount body, Actor actor) {
        PlatformId platform = body.platformId() == null ? null : PlatformId.of(body.platformId());
        assertMayOpen(actor, body.roles(), platform);
        PersonAccount account = people.register(new NewPerson(null, body.username(), body.password(),
                body.displayName(), body.phone(), platform, body.roles()));
        return ResponseEntity.created(URI.create("/api/people/" + account.id())).body(AccountView.of(account));
    }

    @GetMapping("/api/me")
    AccountView me(Actor actor) {
        return AccountView.of(people.find(actor.id()).orElseThrow());
    }

    @GetMapping("/api/people/{id}")
    AccountView one(@PathVariable String id, Actor actor) {
        PersonId personId = PersonId.of(id);
        if (!actor.id().equals(personId) && !actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed("Only the person themself and the convener can see an account.");
        }
        return people.find(personId).filter(account -> !account.erased()).map(AccountView::of)
                .orElseThrow(() -> new DomainException.NotFound("There is no person '" + id + "'."));
    }

    @DeleteMapping("/api/people/{id}")
    ResponseEntity<Void> erase(@PathVariable String id, Actor actor) {
        PersonId personId = PersonId.of(id);
        if (!actor.id().equals(personId) && !actor.has(Role.CONVENER)) {
            throw new DomainException.NotAllowed("Only the person themself and the convener can erase an account.");
        }
        people.erase(personId);
        return ResponseEntity.noContent().build();
    }

    private static void assertMayOpen(Actor actor, Set<Role> roles, PlatformId platform) {
        if (actor.has(Role.CONVENER)) {
            return;
        }
        boolean hrEnrollingOwnWorkers = actor.has(Role.PLATFORM_HR) && Set.of(Role.WORKER).containsAll(roles)
                && actor.belongsTo(platform);
        if (!hrEnrollingOwnWorkers) {
            throw new DomainException.NotAllowed(
                    "Only the convener opens accounts; platform HR may enroll workers of its own platform.");
        }
    }
}

package org.roundtable.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.springframework.stereotype.Component;

/**
 * Who may sit on a platform's roster, for the convener's roster form: its worker representatives
 * for the workers' side, its HR team for the platform's side. Answered through the query gateway,
 * so the page controller asks only gateways.
 */
@Component
class RosterCandidates {

    private final PersonStore people;

    RosterCandidates(PersonStore people) {
        this.people = people;
    }

    /** The platform's people who could sit on one side of its roster; on the roster or not. */
    public record FindRosterCandidates(PlatformId platformId) {
    }

    public record RosterCandidate(PersonId personId, String name, Side side) {
    }

    @QueryHandler
    List<RosterCandidate> handle(FindRosterCandidates query) {
        List<RosterCandidate> candidates = new ArrayList<>();
        for (PersonAccount person : people.findByPlatform(query.platformId())) {
            String name = person.displayName() == null ? person.username() : person.displayName();
            if (person.roles().contains(Role.REPRESENTATIVE)) {
                candidates.add(new RosterCandidate(person.id(), name, Side.WORKERS));
            }
            if (person.roles().contains(Role.PLATFORM_HR)) {
                candidates.add(new RosterCandidate(person.id(), name, Side.PLATFORM));
            }
        }
        return candidates;
    }
}

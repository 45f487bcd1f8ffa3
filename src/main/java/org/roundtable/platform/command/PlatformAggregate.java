package org.roundtable.platform.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RegisterPlatform;
import org.roundtable.platform.PlatformCommands.RemoveRepresentative;
import org.roundtable.platform.PlatformEvents.PlatformRegistered;
import org.roundtable.platform.PlatformEvents.RepresentativeAppointed;
import org.roundtable.platform.PlatformEvents.RepresentativeRemoved;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.shared.DomainException;

/** A platform and its roster: at most ten representatives a side, at most one chief a side (art. 8). */
@Aggregate
class PlatformAggregate {

    static final int MAX_REPRESENTATIVES_PER_SIDE = 10;

    @AggregateIdentifier
    private PlatformId platformId;
    private final Map<PersonId, Seat> roster = new HashMap<>();

    PlatformAggregate() {
    }

    @CommandHandler
    PlatformAggregate(RegisterPlatform command) {
        apply(new PlatformRegistered(command.platformId(), command.name().strip(), command.registeredBy()));
    }

    @CommandHandler
    void handle(AppointRepresentative command) {
        assertNotOnRoster(command.personId());
        assertRoomOnSide(command.side());
        if (command.chief()) {
            assertNoChiefYet(command.side());
        }
        apply(new RepresentativeAppointed(platformId, command.personId(), command.side(), command.chief(),
                command.appointedBy()));
    }

    @CommandHandler
    void handle(RemoveRepresentative command) {
        Seat seat = roster.get(command.personId());
        if (seat == null) {
            throw new DomainException.NotFound(command.personId() + " is not on the roster of " + platformId + ".");
        }
        apply(new RepresentativeRemoved(platformId, command.personId(), seat.side(), command.reason(),
                command.removedBy()));
    }

    private void assertNotOnRoster(PersonId personId) {
        if (roster.containsKey(personId)) {
            throw new DomainException.Conflict(personId + " is already on the roster of " + platformId + ".");
        }
    }

    private void assertRoomOnSide(Side side) {
        long seats = roster.values().stream().filter(seat -> seat.side() == side).count();
        if (seats >= MAX_REPRESENTATIVES_PER_SIDE) {
            throw new DomainException.Conflict("The " + side.name().toLowerCase() + " side already has "
                    + MAX_REPRESENTATIVES_PER_SIDE + " representatives, the most allowed.");
        }
    }

    private void assertNoChiefYet(Side side) {
        roster.entrySet().stream()
                .filter(entry -> entry.getValue().side() == side && entry.getValue().chief())
                .findFirst()
                .ifPresent(entry -> {
                    throw new DomainException.Conflict("The " + side.name().toLowerCase()
                            + " side already has a chief representative (" + entry.getKey()
                            + "); remove them first.");
                });
    }

    @EventSourcingHandler
    void on(PlatformRegistered event) {
        platformId = event.platformId();
    }

    @EventSourcingHandler
    void on(RepresentativeAppointed event) {
        roster.put(event.personId(), new Seat(event.side(), event.chief()));
    }

    @EventSourcingHandler
    void on(RepresentativeRemoved event) {
        roster.remove(event.personId());
    }

    private record Seat(Side side, boolean chief) {
    }
}

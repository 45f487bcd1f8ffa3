package org.roundtable.platform.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

class PlatformAggregateTest {

    static final PlatformId PLATFORM = PlatformId.of("swift");
    static final PersonId CONVENER = PersonId.of("convener");

    AggregateTestFixture<PlatformAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PlatformAggregate.class);
    }

    static PersonId rep(int n) {
        return PersonId.of("rep-" + n);
    }

    @Test
    void registersAPlatform() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlatform(PLATFORM, "  Swift Delivery ", CONVENER))
                .expectEvents(new PlatformRegistered(PLATFORM, "Swift Delivery", CONVENER));
    }

    @Test
    void appointsAChiefRepresentativeOfTheWorkers() {
        fixture.given(new PlatformRegistered(PLATFORM, "Swift", CONVENER))
                .when(new AppointRepresentative(PLATFORM, rep(1), Side.WORKERS, true, CONVENER))
                .expectEvents(new RepresentativeAppointed(PLATFORM, rep(1), Side.WORKERS, true, CONVENER));
    }

    @Test
    void refusesToSeatTheSamePersonTwice() {
        fixture.given(new PlatformRegistered(PLATFORM, "Swift", CONVENER),
                        new RepresentativeAppointed(PLATFORM, rep(1), Side.WORKERS, false, CONVENER))
                .when(new AppointRepresentative(PLATFORM, rep(1), Side.WORKERS, false, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondChiefOnOneSide() {
        fixture.given(new PlatformRegistered(PLATFORM, "Swift", CONVENER),
                        new RepresentativeAppointed(PLATFORM, rep(1), Side.WORKERS, true, CONVENER))
                .when(new AppointRepresentative(PLATFORM, rep(2), Side.WORKERS, true, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("already has a chief"));
    }

    @Test
    void allowsOneChiefOnEachSide() {
        fixture.given(new PlatformRegistered(PLATFORM, "Swift", CONVENER),
                        new RepresentativeAppointed(PLATFORM, rep(1), Side.WORKERS, true, CONVENER))
                .when(new AppointRepresentative(PLATFORM, PersonId.of("hr-1"), Side.PLATFORM, true, CONVENER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAnEleventhRepresentativeOnOneSide() {
        Object[] given = new Object[11];
        given[0] = new PlatformRegistered(PLATFORM, "Swift", CONVENER);
        for (int n = 1; n <= 10; n++) {
            given[n] = new RepresentativeAppointed(PLATFORM, rep(n), Side.WORKERS, false, CONVENER);
        }
        fixture.given(given)
                .when(new AppointRepresentative(PLATFORM, rep(11), Side.WORKERS, false, CONVENER))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("10 representatives"));
    }

    @Test
    void removesARepresentativeAndFreesTheChiefSeat() {
        fixture.given(new PlatformRegistered(PLATFORM, "Swift", CONVENER),
                        new RepresentativeAppointed(PLATFORM, rep(1), Side.WORKERS, true, CONVENER),
                        new RepresentativeRemoved(PLATFORM, rep(1), Side.WORKERS, "left", CONVENER))
                .when(new AppointRepresentative(PLATFORM, rep(2), Side.WORKERS, true, CONVENER))
                .expectEvents(new RepresentativeAppointed(PLATFORM, rep(2), Side.WORKERS, true, CONVENER));
    }

    @Test
    void refusesToRemoveSomeoneNotOnTheRoster() {
        fixture.given(new PlatformRegistered(PLATFORM, "Swift", CONVENER))
                .when(new RemoveRepresentative(PLATFORM, rep(9), "gone", CONVENER))
                .expectException(DomainException.NotFound.class)
                .expectNoEvents();
    }
}

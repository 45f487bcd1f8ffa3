package org.roundtable.platform;

import java.time.Instant;
import java.util.List;
import org.roundtable.people.PersonId;

/** Queries of the platform feature and their answers. */
public final class PlatformQueries {

    private PlatformQueries() {
    }

    /** All registered platforms, by name. */
    public record FindPlatforms() {
    }

    /** One platform with its roster; answers null when unknown. */
    public record FindPlatform(PlatformId platformId) {
    }

    /** Whether and how a person sits on a platform's roster; answers null when they do not. */
    public record FindRosterMembership(PlatformId platformId, PersonId personId) {
    }

    public record PlatformView(PlatformId id, String name, Instant registeredAt, List<RosterMembership> roster) {
    }

    public record RosterMembership(PlatformId platformId, PersonId personId, Side side, boolean chief) {
    }
}

package org.roundtable.platform.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformEvents.PlatformRegistered;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.FindPlatforms;
import org.roundtable.platform.PlatformQueries.FindRosterMembership;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.platform.PlatformQueries.RosterMembership;
import org.roundtable.platform.Side;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Platforms and their rosters for reading. The roster itself is read from {@code roster_member},
 * which the write side keeps in step with every roster event.
 */
@Component
@ProcessingGroup("platforms")
class PlatformProjection {

    private final JdbcTemplate jdbc;

    PlatformProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PlatformRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("delete from platform_view where platform_id = ?", event.platformId().value());
        jdbc.update("insert into platform_view (platform_id, name, registered_at) values (?, ?, ?)",
                event.platformId().value(), event.name(), Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from platform_view");
    }

    @QueryHandler
    List<PlatformView> handle(FindPlatforms query) {
        return jdbc.query("select * from platform_view order by name",
                (rs, row) -> view(rs.getString("platform_id"), rs.getString("name"),
                        rs.getTimestamp("registered_at").toInstant()));
    }

    @QueryHandler
    PlatformView handle(FindPlatform query) {
        return jdbc.query("select * from platform_view where platform_id = ?",
                        (rs, row) -> view(rs.getString("platform_id"), rs.getString("name"),
                                rs.getTimestamp("registered_at").toInstant()),
                        query.platformId().value())
                .stream().findFirst().orElse(null);
    }

    @QueryHandler
    RosterMembership handle(FindRosterMembership query) {
        return roster(query.platformId()).stream()
                .filter(member -> member.personId().equals(query.personId()))
                .findFirst().orElse(null);
    }

    private PlatformView view(String id, String name, Instant registeredAt) {
        PlatformId platformId = PlatformId.of(id);
        return new PlatformView(platformId, name, registeredAt, roster(platformId));
    }

    private List<RosterMembership> roster(PlatformId platformId) {
        return jdbc.query("select person_id, side, chief from roster_member where platform_id = ?"
                        + " order by side desc, chief desc, person_id",
                (rs, row) -> new RosterMembership(platformId, PersonId.of(rs.getString("person_id")),
                        Side.valueOf(rs.getString("side")), rs.getBoolean("chief")),
                platformId.value());
    }
}

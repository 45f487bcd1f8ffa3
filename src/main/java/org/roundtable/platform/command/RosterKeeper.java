package org.roundtable.platform.command;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.roundtable.platform.PlatformEvents.RepresentativeAppointed;
import org.roundtable.platform.PlatformEvents.RepresentativeRemoved;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code roster_member} table in the same transaction as the roster events (a
 * subscribing processor), so that freezing an electorate always sees the roster as recorded.
 */
@Component
@ProcessingGroup("roster")
class RosterKeeper {

    private final JdbcTemplate jdbc;

    RosterKeeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RepresentativeAppointed event) {
        jdbc.update("delete from roster_member where platform_id = ? and person_id = ?",
                event.platformId().value(), event.personId().value());
        jdbc.update("insert into roster_member (platform_id, person_id, side, chief) values (?, ?, ?, ?)",
                event.platformId().value(), event.personId().value(), event.side().name(), event.chief());
    }

    @EventHandler
    void on(RepresentativeRemoved event) {
        jdbc.update("delete from roster_member where platform_id = ? and person_id = ?",
                event.platformId().value(), event.personId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from roster_member");
    }
}

package org.roundtable.oversight.query;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.oversight.FilingEvents.FilingOpened;
import org.roundtable.oversight.FilingEvents.FilingOverdue;
import org.roundtable.oversight.FilingEvents.RuleVersionFiled;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.query.OversightQueries.FindFiling;
import org.roundtable.oversight.query.OversightQueries.FindFilingsOfRule;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The public register of filings: one row per adopted rule version. */
@Component
@ProcessingGroup("oversight-filings")
class FilingProjection {

    private static final String SELECT = "SELECT * FROM oversight_filing ";
    private static final RowMapper<FilingView> ROW = (rs, n) -> new FilingView(
            FilingId.of(rs.getString("filing_id")), RuleId.of(rs.getString("rule_id")), rs.getInt("version"),
            rs.getString("platform_id") == null ? null : PlatformId.of(rs.getString("platform_id")),
            rs.getObject("adopted_on", java.time.LocalDate.class), rs.getObject("due_by", java.time.LocalDate.class),
            rs.getString("filing_number"), rs.getObject("filed_on", java.time.LocalDate.class),
            rs.getString("filing_number") != null, rs.getBoolean("late"), rs.getBoolean("overdue"));

    private final JdbcTemplate jdbc;

    FilingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FilingOpened event) {
        jdbc.update("DELETE FROM oversight_filing WHERE filing_id = ?", event.filingId().value());
        jdbc.update("INSERT INTO oversight_filing (filing_id, rule_id, version, platform_id, adopted_on, due_by, "
                        + "late, overdue) VALUES (?, ?, ?, ?, ?, ?, false, false)",
                event.filingId().value(), event.ruleId().value(), event.version(),
                event.platformId() == null ? null : event.platformId().value(), event.adoptedOn(), event.dueBy());
    }

    @EventHandler
    void on(RuleVersionFiled event) {
        jdbc.update("UPDATE oversight_filing SET filing_number = ?, filed_on = ?, late = ? WHERE filing_id = ?",
                event.filingNumber(), event.filedOn(), event.late(), event.filingId().value());
    }

    @EventHandler
    void on(FilingOverdue event) {
        jdbc.update("UPDATE oversight_filing SET overdue = true WHERE filing_id = ?", event.filingId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM oversight_filing");
    }

    @QueryHandler
    Optional<FilingView> handle(FindFiling query) {
        return jdbc.query(SELECT + "WHERE filing_id = ?", ROW, query.filingId().value()).stream().findFirst();
    }

    @QueryHandler
    List<FilingView> handle(FindFilingsOfRule query) {
        return jdbc.query(SELECT + "WHERE rule_id = ? ORDER BY version", ROW, query.ruleId().value());
    }
}

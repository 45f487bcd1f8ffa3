package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RegisterPlatform;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.support.PostgresDatabase;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL, Axon's byte columns are bytea and the event sequence has no pooled gaps. */
@RoundtableTest
class PostgresInfrastructureTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;

    @Test
    void axonByteColumnsAreByteaNotOid() {
        List<String> types = jdbc.queryForList("select data_type from information_schema.columns"
                + " where table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry')"
                + " and column_name in ('payload', 'meta_data', 'token', 'serialized_saga')", String.class);
        assertThat(types).hasSize(6).containsOnly("bytea");
    }

    @Test
    void eventsAreWrittenAndReadBackThroughTheByteaColumns() {
        PlatformId platform = PlatformId.of("pg-roundtrip");
        commands.sendAndWait(new RegisterPlatform(platform, "Round trip", PersonId.of("someone")));
        commands.sendAndWait(new AppointRepresentative(platform, PersonId.of("rep-1"), Side.WORKERS, true,
                PersonId.of("someone")));
        Long events = jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = 'pg-roundtrip'", Long.class);
        assertThat(events).isEqualTo(2L);
        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry order by global_index",
                Long.class);
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0)).isEqualTo(indexes.size() - 1L);
    }

    @Test
    void theEventSequenceAllocatesOneAtATime() {
        Long increment = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class);
        assertThat(increment).isEqualTo(1L);
    }
}

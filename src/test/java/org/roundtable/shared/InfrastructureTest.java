package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default wires what the design relies on. */
@RoundtableTest
class InfrastructureTest {

    @Autowired
    Configuration axon;
    @Autowired
    DeadlineManager deadlines;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMessageEventAndTokenIsSerializedWithJackson() {
        Serializer general = axon.serializer();
        assertThat(general).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void deadlinesArePersistedByDbSchedulerSoTheySurviveARestart() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void theSchemaIsOwnedByTheMigrations() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(2);
    }

    @Test
    void xstreamIsNotOnTheClasspath() {
        assertThat(getClass().getClassLoader().getResource("com/thoughtworks/xstream/XStream.class")).isNull();
    }
}

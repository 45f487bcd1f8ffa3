package org.roundtable.vote.command;

import org.roundtable.support.PostgresDatabase;
import org.roundtable.support.RoundtableTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The ballot box on PostgreSQL, where ballots share the gate row (FOR SHARE) and the count locks it out. */
@RoundtableTest
class PostgresBallotBoxTest extends BallotBoxContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Override
    boolean aSessionWaitsForTheGate() {
        Integer blocked = jdbc.queryForObject("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and query like '%vote_gate%'", Integer.class);
        return blocked != null && blocked > 0;
    }
}

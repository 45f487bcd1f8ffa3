package org.roundtable.lifecycle;

import org.roundtable.support.PostgresDatabase;
import org.roundtable.support.RoundtableTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole consultation on real PostgreSQL. */
@RoundtableTest
class PostgresConsultationLifecycleTest extends ConsultationLifecycle {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }
}

package org.roundtable.publication.delivery;

import org.roundtable.publication.MigratedDatabase;

/** Claims on PostgreSQL: due rows locked with FOR UPDATE SKIP LOCKED, so nodes never wait for each other. */
class PostgresDeliveryClaimsTest extends DeliveryClaimsContract {

    @Override
    MigratedDatabase database() {
        return MigratedDatabase.postgres();
    }
}

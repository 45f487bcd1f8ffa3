package org.roundtable.publication.delivery;

import org.roundtable.publication.MigratedDatabase;

/** Claims on H2 (the embedded default store): a conditional update only one node can win. */
class H2DeliveryClaimsTest extends DeliveryClaimsContract {

    @Override
    MigratedDatabase database() {
        return MigratedDatabase.h2();
    }
}

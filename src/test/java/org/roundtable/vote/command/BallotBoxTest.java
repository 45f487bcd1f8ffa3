package org.roundtable.vote.command;

import org.roundtable.support.RoundtableTest;

/** The ballot box on the embedded default store (H2, where ballots take the gate row FOR UPDATE). */
@RoundtableTest
class BallotBoxTest extends BallotBoxContract {

    @Override
    boolean aBallotWaitsForTheGate() {
        Integer blocked = jdbc.queryForObject(
                "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class);
        return blocked != null && blocked > 0;
    }
}

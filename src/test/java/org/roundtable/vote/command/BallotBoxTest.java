package org.roundtable.vote.command;

import org.roundtable.support.RoundtableTest;

/** The ballot box on the embedded default store (H2, where ballots take the gate row FOR UPDATE). */
@RoundtableTest
class BallotBoxTest extends BallotBoxContract {
}

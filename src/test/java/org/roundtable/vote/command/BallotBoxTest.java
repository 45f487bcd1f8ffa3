package org.roundtable.vote.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.roundtable.support.RoundtableTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ballot box on the embedded default store (H2, where ballots take the gate row FOR UPDATE). */
@RoundtableTest
class BallotBoxTest extends BallotBoxContract {

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void theGateAndTheBallotBoxAreWrittenInTheTransactionOfTheirEvents() {
        assertThat(processors.eventProcessor("vote-gate", SubscribingEventProcessor.class)).isPresent();
        assertThat(processors.eventProcessor("ballot-box", SubscribingEventProcessor.class)).isPresent();
        assertThat(processors.eventProcessor("ballots-public", TrackingEventProcessor.class)).isPresent();
    }

    @Override
    boolean aSessionWaitsForTheGate() {
        Integer blocked = jdbc.queryForObject(
                "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class);
        return blocked != null && blocked > 0;
    }
}

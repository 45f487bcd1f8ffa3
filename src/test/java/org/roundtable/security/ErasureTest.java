package org.roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonAccount;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore.NewPerson;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.TestPeople;

/**
 * Erasure of a worker's personal data, end to end: the person's name, phone number and username
 * were never in an event or a read model, and after erasure they are nowhere in the database; the
 * recorded history still replays to the same outcome and receipts, and the published tally still
 * adds up.
 */
class ErasureTest extends TrustContext {

    private static final String P = "er-p";

    @Test
    void anErasedVotersDataIsGoneWhileTheHistoryStillReplaysToTheSameTally() {
        Consultations c = new Consultations(http());
        TestPeople people = new TestPeople(store);
        people.open("er-convener", null, Role.CONVENER);
        people.open("er-hr", PlatformId.of(P), Role.PLATFORM_HR);
        people.open("er-rep-2", PlatformId.of(P), Role.REPRESENTATIVE);
        PersonAccount alice = store.register(new NewPerson(null, "er-alice", PASSWORD, "Alice Zhang",
                "+86 138 0013 8000", PlatformId.of(P), Set.of(Role.REPRESENTATIVE, Role.WORKER)));
        String aliceId = alice.id().value();
        c.registerPlatform("er-convener", P);
        c.appoint("er-convener", P, aliceId, "WORKERS", true);
        c.appoint("er-convener", P, "er-rep-2", "WORKERS", false);
        String proposal = c.submittedProposal("er-hr", c.rule("er-hr"), "Erasure");
        c.awaitSubmitted("er-hr", proposal);
        String round = c.openRound("er-convener", P, proposal, Duration.ofSeconds(3));
        c.awaitPhase(round, "COMMENTING");
        String opinion = Consultations.expect(c.as("er-alice").post("/api/rounds/" + round + "/opinions",
                Map.of("text", "Storm pay should be higher.")), 201).createdId();
        Consultations.expect(c.as("er-hr").post("/api/rounds/" + round + "/opinions/" + opinion + "/answer",
                Map.of("answer", "NOT_ADOPTED", "reason", "Not this year.")), 204);
        c.awaitPhase(round, "NEGOTIATING");
        c.openVoting("er-convener", round);
        String aliceReceipt = c.vote("er-alice", round, "FOR");
        c.vote("er-rep-2", round, "AGAINST");
        c.closeVoting("er-convener", round);
        JsonNode outcome = c.awaitPhase(round, "CLOSED").get("outcome");
        JsonNode receipts = c.awaitJson("/api/rounds/" + round + "/receipts", r -> r.size() == 2);
        awaitQuiet();
        List<String> personalData = List.of("er-alice", "Alice Zhang", "+86 138 0013 8000");
        assertThat(everyTableAsText(true)).as("events and read models never held personal data")
                .doesNotContain(personalData);

        // Nobody else may erase her; she may erase herself.
        assertThat(c.as("er-rep-2").send("DELETE", "/api/people/" + aliceId, null, null).status()).isEqualTo(403);
        assertThat(c.as("er-hr").send("DELETE", "/api/people/" + aliceId, null, null).status()).isEqualTo(403);
        assertThat(c.as("er-alice").send("DELETE", "/api/people/" + aliceId, null, null).status()).isEqualTo(204);

        assertThat(everyTableAsText(false)).as("after erasure, nowhere").doesNotContain(personalData);
        assertThat(c.as("er-alice").get("/api/me").status()).as("an erased account cannot sign in").isEqualTo(401);
        assertThat(c.as("er-convener").get("/api/people/" + aliceId).status()).isEqualTo(404);
        assertThat(store.displayName(alice.id())).isEmpty();

        // The history replays to the same outcome and receipts, which still add up.
        for (String group : List.of("rounds", "ballots-public", "round-opinions", "platforms")) {
            StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        awaitQuiet();
        JsonNode replayed = c.awaitPhase(round, "CLOSED").get("outcome");
        assertThat(replayed).isEqualTo(outcome);
        JsonNode receiptsAfter = http().get("/api/rounds/" + round + "/receipts").json();
        assertThat(receiptsAfter).isEqualTo(receipts);
        assertThat(receiptsAfter.toString()).contains(aliceReceipt);
        long forVotes = 0;
        long against = 0;
        for (JsonNode ballot : receiptsAfter) {
            forVotes += ballot.get("choice").asText().equals("FOR") ? 1 : 0;
            against += ballot.get("choice").asText().equals("AGAINST") ? 1 : 0;
        }
        assertThat(replayed.get("forVotes").asLong()).isEqualTo(forVotes);
        assertThat(replayed.get("against").asLong()).isEqualTo(against);
        assertThat(http().get("/api/rounds/" + round + "/opinions").json().get(0).get("text").asText())
                .as("her opinion stays, without her name").isEqualTo("Storm pay should be higher.");
    }

    /** Every table of the database as text (events decoded), the people store included or not. */
    private String everyTableAsText(boolean skipPeopleStore) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type in ('BASE TABLE', 'TABLE')", String.class);
        List<String> text = new ArrayList<>();
        for (String table : tables) {
            if (skipPeopleStore && table.equalsIgnoreCase("person")) {
                continue;
            }
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                row.values().forEach(value -> text.add(value instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value)));
            }
        }
        return String.join("\n", text);
    }
}

package org.roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.support.TestPeople;

/**
 * The secret ballot, checkable by the voter: the stored events never put a voter next to a choice,
 * nothing but the participation count is public while voting runs, the receipts published after
 * the close recount to the tally, each voter finds their own receipt, and nothing logged during
 * sign-in and voting (even at DEBUG) holds a password, a receipt or a voter with a choice.
 */
class SecretBallotTest extends TrustContext {

    private static final String P = "sb-p";
    private static final List<String> VOTERS = List.of("sb-rep-1", "sb-rep-2", "sb-rep-3");

    @Test
    void noOneButTheVoterCanTellHowANamedPersonVotedAndEveryoneCanRecount() {
        Consultations c = new Consultations(http());
        TestPeople people = new TestPeople(store);
        people.open("sb-convener", null, Role.CONVENER);
        people.open("sb-hr", PlatformId.of(P), Role.PLATFORM_HR);
        people.open("sb-auditor", null, Role.AUDITOR);
        VOTERS.forEach(voter -> people.open(voter, PlatformId.of(P), Role.REPRESENTATIVE, Role.WORKER));
        c.registerPlatform("sb-convener", P);
        c.appoint("sb-convener", P, "sb-rep-1", "WORKERS", true);
        c.appoint("sb-convener", P, "sb-rep-2", "WORKERS", false);
        c.appoint("sb-convener", P, "sb-rep-3", "WORKERS", false);
        String proposal = c.submittedProposal("sb-hr", c.rule("sb-hr"), "Secret ballot");
        c.awaitSubmitted("sb-hr", proposal);
        String round = c.openRound("sb-convener", P, proposal, Duration.ofSeconds(3));
        c.awaitPhase(round, "NEGOTIATING");
        c.openVoting("sb-convener", round);
        c.awaitPhase(round, "VOTING");

        String token = IDP.token("sb-token-holder", P, "WORKER").mint();
        Map<String, String> receipts = new HashMap<>();
        String replaced;
        List<String> logged;
        try (LogCapture log = LogCapture.debugging("org.roundtable", "org.axonframework",
                "org.springframework.security", "org.springframework.web", "org.springframework.jdbc")) {
            receipts.put("sb-rep-1", c.vote("sb-rep-1", round, "FOR"));
            receipts.put("sb-rep-2", c.vote("sb-rep-2", round, "AGAINST"));
            replaced = c.vote("sb-rep-3", round, "AGAINST");
            receipts.put("sb-rep-3", c.vote("sb-rep-3", round, "ABSTAIN"));
            assertThat(c.as("sb-rep-1").get("/api/rounds/" + round + "/votes/mine").json().get("choice").asText())
                    .isEqualTo("FOR");
            http().basic("sb-rep-2", "a-wrong-password").get("/api/me");
            assertThat(http().bearer(token).get("/api/me").status()).isEqualTo(200);
            logged = log.lines();
        }

        // While voting runs: the participation count, and nothing about choices, to anyone.
        JsonNode voting = c.awaitJson("/api/rounds/" + round, r -> r.get("participation").asLong() == 3);
        assertThat(voting.get("outcome").isNull()).isTrue();
        for (String reader : List.of("sb-convener", "sb-hr", "sb-auditor")) {
            assertThat(c.as(reader).get("/api/rounds/" + round + "/receipts").status()).isEqualTo(409);
            assertThat(c.as(reader).get("/api/rounds/" + round + "/votes/mine").status()).isEqualTo(404);
        }
        assertThat(http().get("/api/rounds/" + round + "/participation").json().get("ballots").asLong()).isEqualTo(3);

        // The event store: no voter's id or username in any row that holds a choice.
        List<String> rowsWithAChoice = new ArrayList<>();
        jdbc.query("select aggregate_identifier, payload_type, payload, meta_data from domain_event_entry", row -> {
            String text = row.getString(1) + " " + row.getString(2) + " " + utf8(row.getBytes(3)) + " "
                    + utf8(row.getBytes(4));
            if (text.contains("\"choice\"")) {
                rowsWithAChoice.add(text);
            }
        });
        assertThat(rowsWithAChoice.stream().filter(text -> text.startsWith(round + ":"))).hasSize(4);
        for (String voter : VOTERS) {
            assertThat(rowsWithAChoice).noneMatch(text -> text.contains(voter));
        }
        assertThat(jdbc.queryForList("select * from ballot").toString()).doesNotContain("sb-rep");
        assertThat(jdbc.queryForList("select * from public_ballot").toString()).doesNotContain("sb-rep");

        // The logs: no password, no receipt, no choice.
        assertThat(logged).as("the web layer's DEBUG lines, which print bodies, were captured")
                .anyMatch(line -> line.contains("CastVoteRequest")).anyMatch(line -> line.contains("BallotReceipt"));
        for (String line : logged) {
            assertThat(line).doesNotContain(PASSWORD).doesNotContain("a-wrong-password")
                    .doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                    .doesNotContain(replaced).doesNotContainPattern("(?i)choice=|\"choice\"");
            receipts.values().forEach(receipt -> assertThat(line).doesNotContain(receipt));
            if (VOTERS.stream().anyMatch(line::contains)) {
                assertThat(line).doesNotContainPattern("\\b(FOR|AGAINST|ABSTAIN)\\b");
            }
        }

        // After the close: the receipts, with their choices, recount to the tally.
        c.closeVoting("sb-convener", round);
        JsonNode outcome = c.awaitPhase(round, "CLOSED").get("outcome");
        JsonNode published = c.awaitJson("/api/rounds/" + round + "/receipts", r -> r.size() == 3);
        Map<String, Integer> recount = new HashMap<>();
        List<String> publishedReceipts = new ArrayList<>();
        published.forEach(ballot -> {
            recount.merge(ballot.get("choice").asText(), 1, Integer::sum);
            publishedReceipts.add(ballot.get("receipt").asText() + ":" + ballot.get("choice").asText());
        });
        assertThat(outcome.get("forVotes").asInt()).isEqualTo(recount.getOrDefault("FOR", 0)).isEqualTo(1);
        assertThat(outcome.get("against").asInt()).isEqualTo(recount.getOrDefault("AGAINST", 0)).isEqualTo(1);
        assertThat(outcome.get("abstain").asInt()).isEqualTo(recount.getOrDefault("ABSTAIN", 0)).isEqualTo(1);
        assertThat(outcome.get("ballots").asInt()).isEqualTo(published.size());

        // Each voter finds their own receipt among the published ones; the replaced ballot is not counted.
        assertThat(publishedReceipts).containsExactlyInAnyOrder(receipts.get("sb-rep-1") + ":FOR",
                receipts.get("sb-rep-2") + ":AGAINST", receipts.get("sb-rep-3") + ":ABSTAIN");
        assertThat(publishedReceipts).noneMatch(line -> line.startsWith(replaced));
        for (String voter : VOTERS) {
            JsonNode mine = c.as(voter).get("/api/rounds/" + round + "/votes/mine").json();
            assertThat(publishedReceipts).contains(mine.get("receipt").asText() + ":" + mine.get("choice").asText());
        }
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}

package org.roundtable.vote.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.support.Api;
import org.roundtable.support.RoundtableTest;
import org.roundtable.support.TestPeople;
import org.roundtable.vote.BallotBox;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.Choice;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.roundtable.vote.command.VotingRounds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

@RoundtableTest
class VoteApiTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore events;
    @Autowired
    Electorates electorates;
    @Autowired
    BallotBox ballotBox;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    PersonStore people;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    VotingRounds rounds;
    RoundId round;
    PlatformId platform;
    String votes;

    @BeforeEach
    void setUp() {
        api = Api.at(port);
        rounds = new VotingRounds(events, electorates, ballotBox, transaction);
        round = RoundId.random();
        platform = PlatformId.of("pf-" + UUID.randomUUID().toString().substring(0, 8));
        votes = "/api/rounds/" + round + "/votes";
    }

    @Test
    void aVoterCastsAndChangesTheirBallotAndOnlyTheySeeIt() {
        String voter = worker();
        String other = worker();
        openVoting();

        Api.Response first = api.as(voter).post(votes, Map.of("choice", "FOR"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.location()).isEqualTo(votes + "/mine");
        String firstReceipt = first.json().get("receipt").asText();
        assertThat(firstReceipt).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(first.json().get("replacedReceipt").isNull()).isTrue();

        Api.Response changed = api.as(voter).post(votes, Map.of("choice", "AGAINST"));
        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.json().get("replacedReceipt").asText()).isEqualTo(firstReceipt);
        String counted = changed.json().get("receipt").asText();

        JsonNode mine = api.as(voter).get(votes + "/mine").json();
        assertThat(mine.get("receipt").asText()).isEqualTo(counted);
        assertThat(mine.get("choice").asText()).isEqualTo("AGAINST");
        assertThat(api.as(other).get(votes + "/mine").status()).isEqualTo(404);
        assertThat(api.get(votes + "/mine").status()).isEqualTo(401);
    }

    @Test
    void anyonePublicSeesParticipationAndAfterTheCloseTheCountedReceipts() {
        List<String> voters = List.of(worker(), worker(), worker());
        openVoting();
        List<String> counted = new ArrayList<>();
        for (String voter : voters) {
            api.as(voter).post(votes, Map.of("choice", "FOR"));
            counted.add(api.as(voter).post(votes, Map.of("choice", "ABSTAIN")).json().get("receipt").asText());
        }

        await().until(() -> api.get("/api/rounds/" + round + "/participation"),
                response -> response.status() == 200 && response.json().get("ballots").asLong() == 3);
        Api.Response early = api.get("/api/rounds/" + round + "/receipts");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("detail").asText()).contains("receipts are published when voting closes");

        rounds.closeVoting(round);

        Api.Response published = await().until(() -> api.get("/api/rounds/" + round + "/receipts"),
                response -> response.status() == 200);
        List<String> receipts = new ArrayList<>();
        published.json().forEach(ballot -> {
            assertThat(ballot.get("choice").asText()).isEqualTo("ABSTAIN");
            assertThat(ballot.size()).isEqualTo(2);
            receipts.add(ballot.get("receipt").asText());
        });
        assertThat(receipts).containsExactlyElementsOf(counted.stream().sorted().toList());
        assertThat(published.body()).doesNotContain(pseudonyms.of(round, PersonId.of(voters.get(0))));
    }

    @Test
    void aBallotAfterTheCloseIsRefusedAndNotCounted() {
        String early = worker();
        String late = worker();
        openVoting();
        api.as(early).post(votes, Map.of("choice", "FOR"));
        rounds.closeVoting(round);

        Api.Response refused = api.as(late).post(votes, Map.of("choice", "AGAINST"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("voting in round " + round + " closed at");
        await().until(() -> api.get("/api/rounds/" + round + "/receipts"), response -> response.status() == 200);
        assertThat(api.get("/api/rounds/" + round + "/receipts").json()).hasSize(1);
        assertThat(api.get("/api/rounds/" + round + "/participation").json().get("ballots").asLong()).isEqualTo(1);
    }

    @Test
    void refusesOutsidersUnknownRoundsBadChoicesAndAnonymousBallots() {
        worker();
        openVoting();
        String outsider = worker();

        Api.Response notInElectorate = api.as(outsider).post(votes, Map.of("choice", "FOR"));
        assertThat(notInElectorate.status()).isEqualTo(403);
        assertThat(notInElectorate.contentType()).startsWith("application/problem+json");
        assertThat(notInElectorate.json().get("detail").asText()).contains("you are not in the electorate of round");

        assertThat(api.as(outsider).post("/api/rounds/rnd-nowhere/votes", Map.of("choice", "FOR")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/rounds/rnd-nowhere/participation").status()).isEqualTo(404);
        assertThat(api.as(outsider).post(votes, Map.of("choice", "MAYBE")).status()).isEqualTo(400);
        Api.Response noChoice = api.as(outsider).post(votes, Map.of());
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.json().get("detail").asText()).contains("choose FOR, AGAINST or ABSTAIN");
        assertThat(api.post(votes, Map.of("choice", "FOR")).status()).isEqualTo(401);
    }

    @Test
    void aFirstBallotOvertakenByAnotherNodesIsAConflictToRetry() throws Exception {
        String voter = worker();
        openVoting();
        BallotId ballot = pseudonyms.ballotOf(round, PersonId.of(voter));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        TransactionStatus gateHeld = transactions.getTransaction(TransactionDefinition.withDefaults());
        try {
            jdbc.queryForList("select state from vote_gate where round_id = ? for update", String.class, round.value());
            Future<Api.Response> overtaken = pool.submit(() -> api.as(voter).post(votes, Map.of("choice", "FOR")));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from information_schema.sessions where blocker_id is not null", Integer.class) > 0);
            pool.submit(() -> transaction.executeWithoutResult(status -> events.publish(new GenericDomainEventMessage<>(
                    "WorkerVoteAggregate", ballot.toString(), 0,
                    new VoteCast(ballot, round, Choice.AGAINST, "DDDDDDDDDD", null, Instant.now()))))).get();
            transactions.commit(gateHeld);

            Api.Response refused = overtaken.get(30, TimeUnit.SECONDS);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo("another ballot of yours was being recorded at the same moment; try again");
        } finally {
            if (!gateHeld.isCompleted()) {
                transactions.rollback(gateHeld);
            }
            pool.shutdownNow();
        }
        Api.Response retried = api.as(voter).post(votes, Map.of("choice", "FOR"));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("replacedReceipt").asText()).isEqualTo("DDDDDDDDDD");
    }

    String worker() {
        String name = "w-" + UUID.randomUUID().toString().substring(0, 12);
        new TestPeople(people).open(name, platform, Role.WORKER);
        return name;
    }

    void openVoting() {
        rounds.negotiate(round, platform);
        rounds.openVoting(round, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
    }
}

package org.roundtable.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.roundtable.cluster.VotingRound.awaitJson;
import static org.roundtable.cluster.VotingRound.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.roundtable.cluster.SharedDatabase.Claim;
import org.roundtable.cluster.SharedDatabase.StoredVote;
import org.roundtable.support.Api;
import org.roundtable.support.Api.Response;
import org.roundtable.support.PostgresDatabase;

/**
 * Two processes of the packaged application share one PostgreSQL: both accept votes, racing first
 * ballots of one voter on both nodes leave one consistent stream, and a node killed with SIGKILL
 * in the middle of the vote loses and doubles nothing while the other takes over its segments.
 * Node A runs the ballot projection on one thread, node B on two, so that each owns one of its
 * two segments and B can take over A's (docs/operations.md, sections 4 and 11).
 */
class TwoNodeFailoverIT {

    private static final String PLATFORM = "twonode";
    private static final String BALLOTS = "ballots-public";
    private static final int WORKERS = 400;
    private static final int RACERS = 12;
    private static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration TAKEOVER = Duration.ofSeconds(60);

    private static Path work;
    private static SharedDatabase database;
    private static Node nodeA;
    private static Node nodeB;
    private static BallotAudit audit;
    private static String roundId;
    private static String round;

    @BeforeAll
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    static void twoNodesAndAnOpenVote() throws IOException {
        Path jar = Node.packagedJar();
        work = Files.createDirectories(Path.of("target", "twonode", UUID.randomUUID().toString())).toAbsolutePath();
        String url = PostgresDatabase.createDatabase();
        database = new SharedDatabase(url);
        Path key = work.resolve("pseudonym.key");
        nodeA = node("A", jar, url, key, 1);
        nodeB = node("B", jar, url, key, 2);
        System.out.println("[two-node] logs in " + work);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            nodeA.destroyIfAlive();
            nodeB.destroyIfAlive();
        }));

        nodeA.start();
        nodeA.awaitReady(STARTUP);
        nodeB.start();
        database.openAccounts(List.of("convener"), null, "CONVENER");
        database.openAccounts(List.of("hr"), PLATFORM, "PLATFORM_HR");
        database.openAccounts(Stream.concat(workers().stream(), racers().stream()).toList(), PLATFORM, "WORKER");
        roundId = VotingRound.openVoting(nodeA.api(), PLATFORM, WORKERS + RACERS);
        round = "/api/rounds/" + roundId;
        nodeB.awaitReady(STARTUP);
        audit = new BallotAudit(database, roundId, Files.readAllBytes(key));
    }

    @AfterAll
    static void stopNodes() throws InterruptedException {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void bothNodesTakeVotesAndKillingOneLosesAndDoublesNothing() throws Exception {
        eachNodeClaimsOneSegmentOfTheBallotProjection();
        Map<String, StoredVote> racersCounted = racingFirstBallotsOfOneVoterEndInOneConsistentStream();

        VoteTraffic traffic = votesToBothNodesWhileNodeAIsKilled();
        Map<String, String> countedReceipts = new HashMap<>();
        Map<String, String> countedChoices = new HashMap<>();
        traffic.lastByVoter().forEach((voter, ack) -> {
            countedReceipts.put(audit.ballotOf(voter), ack.receipt());
            countedChoices.put(ack.receipt(), ack.choice());
        });
        racersCounted.forEach((ballot, vote) -> {
            countedReceipts.put(ballot, vote.receipt());
            countedChoices.put(vote.receipt(), vote.choice());
        });
        int unacknowledged = audit.assertEveryAcknowledgedBallotStoredOnce(traffic, racersCounted.keySet(),
                countedReceipts);
        assertThat(database.deadLetters()).as("parked events").isZero();
        System.out.printf("[two-node] event store: every acknowledged ballot stored once, no duplicate key, no gap;"
                + " %d stored ballots committed on A without an answer (their voters retried on B)%n", unacknowledged);

        nodeA.start();
        nodeA.awaitReady(STARTUP);
        bothNodesAnswerTheSame(countedReceipts.size());
        closingCountsExactlyTheBallotsThatCount(countedChoices);
    }

    private void eachNodeClaimsOneSegmentOfTheBallotProjection() {
        await("A owns segment 0 and B segment 1 of " + BALLOTS).atMost(TAKEOVER)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> nodeA.owns(database.claim(BALLOTS, 0).owner())
                        && nodeB.owns(database.claim(BALLOTS, 1).owner()));
        assertThat(claimedSegments(nodeA, BALLOTS)).containsExactly(0);
        assertThat(claimedSegments(nodeB, BALLOTS)).containsExactly(1);
    }

    /** Two different first ballots of one voter sent to A and B at the same instant, for each racer. */
    private Map<String, StoredVote> racingFirstBallotsOfOneVoterEndInOneConsistentStream() throws Exception {
        ExecutorService pair = Executors.newFixedThreadPool(2);
        Map<String, StoredVote> counted = new HashMap<>();
        int refused = 0;
        try {
            for (String racer : racers()) {
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                Future<Response> onA = pair.submit(() -> castAt(nodeA, racer, "FOR", ready, go));
                Future<Response> onB = pair.submit(() -> castAt(nodeB, racer, "AGAINST", ready, go));
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                List<Response> answers = List.of(onA.get(60, TimeUnit.SECONDS), onB.get(60, TimeUnit.SECONDS));
                List<Integer> statuses = answers.stream().map(Response::status).sorted().toList();
                assertThat(statuses).as("racer %s: %s", racer, answers).isIn(List.of(201, 201), List.of(201, 409));
                refused += statuses.get(1) == 409 ? 1 : 0;
                assertThat(answers).filteredOn(answer -> answer.status() == 409)
                        .allSatisfy(answer -> assertThat(answer.contentType()).startsWith("application/problem+json"));

                List<String> accepted = answers.stream().filter(answer -> answer.status() == 201)
                        .map(answer -> answer.json().get("receipt").asText()).toList();
                List<StoredVote> stream = audit.streamOf(racer);
                assertThat(stream).extracting(StoredVote::receipt).containsExactlyInAnyOrderElementsOf(accepted);
                assertThat(stream.get(0).replacedReceipt()).isNull();
                if (stream.size() == 2) {
                    assertThat(stream.get(1).replacedReceipt()).isEqualTo(stream.get(0).receipt());
                }
                counted.put(audit.ballotOf(racer), stream.get(stream.size() - 1));
            }
        } finally {
            pair.shutdownNow();
        }
        System.out.printf("[two-node] racing first ballots: %d of %d ended 201 + 409, %d were serialized (201 + 201)%n",
                refused, RACERS, RACERS - refused);
        return counted;
    }

    private static Response castAt(Node node, String voter, String choice, CountDownLatch ready, CountDownLatch go)
            throws InterruptedException {
        ready.countDown();
        go.await();
        return node.api().as(voter).post(round + "/votes", Map.of("choice", choice));
    }

    private VoteTraffic votesToBothNodesWhileNodeAIsKilled() throws Exception {
        VoteTraffic traffic = new VoteTraffic(roundId);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        List<String> workers = workers();
        for (int i = 0; i < workers.size(); i++) {
            String first = CHOICES.get(i % 3);
            List<String> ballots = i % 10 == 0 ? List.of(first, CHOICES.get((i + 1) % 3)) : List.of(first);
            Node preferred = i % 2 == 0 ? nodeA : nodeB;
            Node other = preferred == nodeA ? nodeB : nodeA;
            String voter = workers.get(i);
            sent.add(clients.submit(() -> traffic.vote(voter, ballots, preferred, other)));
        }
        clients.shutdown();
        int total = WORKERS + WORKERS / 10;
        await("a third of the ballots").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                .until(() -> traffic.acknowledgedCount() >= total / 3);

        Claim beforeKill = database.claim(BALLOTS, 0);
        assertThat(nodeA.owns(beforeKill.owner())).as("A holds segment 0 when it is killed: %s", beforeKill).isTrue();
        long killedAt = System.nanoTime();
        assertThat(nodeA.kill()).as("exit code after SIGKILL").isEqualTo(137);
        int acknowledgedBeforeKill = traffic.acknowledgedCount();
        Claim leftByA = database.claim(BALLOTS, 0);

        await("B claims segment 0").atMost(TAKEOVER).pollInterval(Duration.ofMillis(50))
                .until(() -> nodeB.owns(database.claim(BALLOTS, 0).owner()));
        long claimedAt = System.nanoTime();
        await("B moves segment 0 past where A left it").atMost(TAKEOVER).pollInterval(Duration.ofMillis(50))
                .until(() -> database.claim(BALLOTS, 0), claim -> claim.index() > leftByA.index());
        long handledAt = System.nanoTime();
        bClaimsEverySegmentOfEveryProcessor();

        try {
            for (Future<?> client : sent) {
                client.get(3, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        long votersAcknowledged = traffic.lastByVoter().size() + RACERS;
        awaitJson(nodeB.api(), round + "/participation", p -> p.get("ballots").asLong() == votersAcknowledged);
        long convergedAt = System.nanoTime();

        assertThat(acknowledgedBeforeKill).isLessThan(total);
        assertThat(traffic.acknowledged()).filteredOn(ack -> ack.atNanos() > killedAt).isNotEmpty();
        System.out.printf("[two-node] %d ballots of %d voters acknowledged, %d before the kill; sent again to B:"
                        + " %d cut off in flight on A, %d refused by A; %d conflicts (409) retried%n",
                traffic.acknowledgedCount(), traffic.lastByVoter().size(), acknowledgedBeforeKill, traffic.cutOff(),
                traffic.refused(), traffic.conflicts());
        System.out.printf("[two-node] takeover after SIGKILL of A: B claimed A's segment of %s after %d ms and had"
                        + " moved it past where A left it after %d ms (claim timeout 3 s, claim interval 1 s);"
                        + " participation on B complete %d ms after the kill%n", BALLOTS,
                millis(claimedAt - killedAt), millis(handledAt - killedAt), millis(convergedAt - killedAt));
        return traffic;
    }

    private void bClaimsEverySegmentOfEveryProcessor() {
        await("B runs every segment of every tracking processor").atMost(TAKEOVER)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    JsonNode processors = nodeB.api().as("convener").get("/api/admin/projections").json();
                    for (JsonNode processor : processors) {
                        String name = processor.get("name").asText();
                        long shared = processor.get("streaming").asBoolean() ? database.segments(name) : 0;
                        if (shared > 0) {
                            assertThat(processor.get("error").asBoolean()).as(name).isFalse();
                            assertThat(processor.get("segments").size()).as(name).isEqualTo(shared);
                        }
                        // a processor without tokens in the database keeps its position per node
                        // (the live page forwarder): there is nothing to take over.
                    }
                });
    }

    private void bothNodesAnswerTheSame(long voters) {
        String proposal = "/api/proposals/" + nodeB.api().get(round).json().get("proposalId").asText();
        for (String path : List.of(round + "/participation", round, round + "/timeline", proposal,
                "/api/platforms/" + PLATFORM)) {
            await(path + " on both nodes").atMost(TAKEOVER).pollInterval(Duration.ofMillis(200))
                    .until(() -> sameOnBothNodes(path));
        }
        assertThat(nodeA.api().get(round + "/participation").json().get("ballots").asLong()).isEqualTo(voters);
    }

    private static boolean sameOnBothNodes(String path) {
        Response onA = nodeA.api().get(path);
        Response onB = nodeB.api().get(path);
        return onA.status() == 200 && onB.status() == 200 && onA.json().equals(onB.json());
    }

    private void closingCountsExactlyTheBallotsThatCount(Map<String, String> countedChoices) {
        expect(nodeA.api().as("convener").post(round + "/voting/closure", null), 204);
        JsonNode outcome = awaitJson(nodeB.api(), round, r -> "CLOSED".equals(r.get("phase").asText()))
                .get("outcome");
        Map<String, Long> tally = countedChoices.values().stream()
                .collect(Collectors.groupingBy(choice -> choice, Collectors.counting()));
        assertThat(outcome.get("electorate").asLong()).isEqualTo(WORKERS + RACERS);
        assertThat(outcome.get("forVotes").asLong()).isEqualTo(tally.getOrDefault("FOR", 0L));
        assertThat(outcome.get("against").asLong()).isEqualTo(tally.getOrDefault("AGAINST", 0L));
        assertThat(outcome.get("abstain").asLong()).isEqualTo(tally.getOrDefault("ABSTAIN", 0L));
        for (Node node : List.of(nodeA, nodeB)) {
            JsonNode receipts = awaitJson(node.api(), round + "/receipts", r -> r.size() == countedChoices.size());
            Map<String, String> published = new HashMap<>();
            receipts.forEach(r -> published.put(r.get("receipt").asText(), r.get("choice").asText()));
            assertThat(published).as("receipts published by node " + node.name()).isEqualTo(countedChoices);
        }
    }

    private static List<Integer> claimedSegments(Node node, String processor) {
        List<Integer> segments = new ArrayList<>();
        node.api().as("convener").get("/api/admin/projections/" + processor).json().get("segments")
                .forEach(segment -> segments.add(segment.get("segment").asInt()));
        return segments;
    }

    private static List<String> workers() {
        return IntStream.rangeClosed(1, WORKERS).mapToObj(n -> String.format("w%03d", n)).toList();
    }

    private static List<String> racers() {
        return IntStream.rangeClosed(1, RACERS).mapToObj(n -> String.format("r%02d", n)).toList();
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static Node node(String name, Path jar, String url, Path key, int ballotThreads) throws IOException {
        Path dataDir = Files.createDirectories(work.resolve("node-" + name));
        Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "ROUNDTABLE_DB_URL", url, "ROUNDTABLE_DB_USER", "postgres", "ROUNDTABLE_DB_PASSWORD", "",
                "ROUNDTABLE_DB_POOL_SIZE", "12", "ROUNDTABLE_DATA_DIR", dataDir.toString(),
                "ROUNDTABLE_MIN_COMMENT_PERIOD", "2s", "ROUNDTABLE_MIN_VOTING_WINDOW", "2s");
        String ballots = "--axon.eventhandling.processors." + BALLOTS + ".";
        List<String> settings = List.of("--roundtable.ballot.pseudonym-key-file=" + key,
                "--axon.eventhandling.tokenstore.claim-timeout=3s",
                ballots + "mode=tracking", ballots + "initial-segment-count=2", ballots + "thread-count=" + ballotThreads,
                ballots + "batch-size=100", ballots + "token-claim-interval=1000",
                "--db-scheduler.polling-interval=500ms",
                "--logging.level.org.axonframework.eventhandling.TrackingEventProcessor=INFO");
        return new Node(name, Node.freePort(), jar, environment, settings, work.resolve("node-" + name + ".log"));
    }
}

package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.roundtable.RoundtableApplication;
import org.roundtable.people.PersonId;
import org.roundtable.people.store.PersonStore;
import org.roundtable.round.RoundId;
import org.roundtable.vote.Choice;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Roundtable's vote path against the database's own limit, in one run on one database. Run it with
 * {@code ./mvnw -Pbenchmark verify} (see docs/performance.md for the options and the last table).
 */
public final class RoundtableBenchmark {

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 5));
    static final long VOTERS = Long.getLong("bench.voters", 1_000_000);
    static final Path OUT = Path.of(System.getProperty("bench.out", "target/benchmark"));
    static final int[] CLIENTS = {1, 8, 64};
    static final double OFFERED_RATE = 2_000;

    private final Report report = new Report();
    private final AtomicLong nextVoter = new AtomicLong();
    private BenchDatabase database;
    private ConfigurableApplicationContext app;
    private Scenario scenario;
    private CommandGateway commands;
    private Pseudonyms pseudonyms;
    private JdbcTemplate jdbc;
    private Http http;
    private VoteClient voteClient;

    public static void main(String[] args) {
        int status = 0;
        try {
            new RoundtableBenchmark().run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run() throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        long began = System.nanoTime();
        try (MemorySampler memory = new MemorySampler();
             BenchDatabase db = BenchDatabase.start(System.getProperty("bench.db", "postgres"),
                     OUT.resolve("data-" + stamp))) {
            database = db;
            try {
                measure(stamp, began, memory);
            } finally {
                stopService();
            }
        }
    }

    private void measure(String stamp, long began, MemorySampler memory) throws Exception {
        describe(stamp);
        double raw500 = rawInserts();
        startService(stamp);
        String throughputRound = setUp();
        Map<String, Double> rates = votePath(throughputRound, raw500);
        allWorkerRound(rates.get("gateway-window"), raw500);
        replay();
        report.put("memory", memory.report());
        Map<String, Object> mem = memory.report();
        report.row("peak heap used (sampled every 100 ms)", (double) mem.get("peakHeapUsedMiB"), "MiB", null,
                "max heap " + mem.get("maxHeapMiB") + " MiB; load generator in the same JVM");
        report.row("peak heap after GC (live set)", (double) mem.get("peakHeapAfterGcMiB"), "MiB", null, null);
        report.row("peak resident memory (VmHWM)", (double) mem.get("vmHwmMiB"), "MiB", null,
                "whole JVM: service + load generator");
        stopService();
        report.put("totalSeconds", (System.nanoTime() - began) / 1e9);
        report.write(OUT, stamp);
        System.out.println();
        System.out.println(report.table());
        System.out.printf("Total run time %.0f s; JSON in %s%n", (System.nanoTime() - began) / 1e9,
                OUT.resolve("benchmark-" + stamp + ".json"));
    }

    /** The service stops before the database it uses (the database is a resource of the try above). */
    private void stopService() {
        if (voteClient != null) {
            voteClient.close();
            voteClient = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }

    private void describe(String stamp) throws Exception {
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("started", stamp);
        setup.put("database", database.kind);
        setup.put("databaseSettings", database.settings());
        setup.put("cores", Runtime.getRuntime().availableProcessors());
        setup.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1048576);
        setup.put("runs", RUNS);
        setup.put("runSeconds", RUN.toSeconds());
        setup.put("voters", VOTERS);
        setup.put("batching", System.getProperty("bench.batching", "true"));
        setup.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.put("setup", setup);
        System.out.println("Roundtable benchmark: " + setup);
    }

    // --- 1. the database's own limit ---

    private double rawInserts() throws Exception {
        RawInserts raw = new RawInserts(database);
        raw.createTable();
        raw.rowsPerSecond(1, 1, Duration.ofSeconds(2));
        raw.rowsPerSecond(1, 500, Duration.ofSeconds(2));
        double one = median(() -> raw.rowsPerSecond(1, 1, RUN));
        double eight = median(() -> raw.rowsPerSecond(8, 1, RUN));
        double batch = median(() -> raw.rowsPerSecond(1, 500, RUN));
        report.put("rawRowBytes", raw.rowBytes());
        report.row("raw JDBC insert, 1 row/commit, 1 thread", one, "rows/s", null, raw.rowBytes() + " B payload+metadata");
        report.row("raw JDBC insert, 1 row/commit, 8 threads", eight, "rows/s", null, null);
        report.row("raw JDBC insert, 500 rows/commit, 1 thread", batch, "rows/s", "1.00× raw", "the reference");
        return batch;
    }

    // --- the service ---

    private void startService(String stamp) {
        long start = System.nanoTime();
        app = new SpringApplicationBuilder(RoundtableApplication.class).run(
                "--spring.datasource.url=" + database.url,
                "--spring.datasource.username=" + (database.user == null ? "" : database.user),
                "--spring.datasource.password=" + (database.password == null ? "" : database.password),
                "--spring.jpa.database-platform=" + database.dialect,
                "--roundtable.data-dir=" + OUT.resolve("data-" + stamp).toAbsolutePath(),
                "--roundtable.demo=false",
                "--roundtable.consultation.min-comment-period=1s",
                "--roundtable.consultation.min-voting-window=1s",
                "--roundtable.vote.batch.enabled=" + System.getProperty("bench.batching", "true"),
                "--db-scheduler.polling-interval=" + System.getProperty("bench.polling", "1s"),
                "--roundtable.security.passwords.bcrypt-strength=" + Scenario.WORKER_BCRYPT_STRENGTH,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        commands = app.getBean(CommandGateway.class);
        pseudonyms = app.getBean(Pseudonyms.class);
        jdbc = app.getBean(JdbcTemplate.class);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        http = new Http(port);
        voteClient = new VoteClient(port);
        scenario = new Scenario(http, database);
        report.put("serviceStartSeconds", (System.nanoTime() - start) / 1e9);
    }

    private String setUp() throws Exception {
        scenario.openAccounts(app.getBean(PersonStore.class));
        long start = System.nanoTime();
        scenario.insertWorkers(VOTERS);
        report.row("bulk insert of the workers (person + person_role)", seconds(start), "s", null,
                String.format("%,d workers", VOTERS));
        String proposal = scenario.submittedProposal("Storm pay (throughput round)");
        start = System.nanoTime();
        String round = scenario.openRound(proposal);
        report.row("open an all-worker round (freeze electorate + digest)", seconds(start), "s", null,
                String.format("%,d members, one HTTP request", VOTERS));
        scenario.openVoting(round, Instant.now().plus(Duration.ofHours(2)));
        return round;
    }

    // --- 2. the vote path ---

    private Map<String, Double> votePath(String round, double raw500) throws Exception {
        RoundId roundId = RoundId.of(round);
        VoteLoad.Vote atGateway = client -> {
            PersonId voter = PersonId.of(Scenario.worker(nextVoter()));
            commands.sendAndWait(new CastVote(pseudonyms.ballotOf(roundId, voter), voter, Choice.FOR));
        };
        String votes = "/api/rounds/" + round + "/votes";
        VoteLoad.Vote overHttp = client -> {
            int status = voteClient.vote(votes, "{\"choice\":\"FOR\"}",
                    Http.basic(Scenario.worker(nextVoter()), Scenario.WORKER_PASSWORD));
            if (status != 201) {
                throw new IllegalStateException("answered " + status);
            }
        };
        VoteLoad.closedLoop(8, Duration.ofSeconds(3), atGateway);
        VoteLoad.closedLoop(8, Duration.ofSeconds(3), overHttp);
        Map<String, Double> rates = new LinkedHashMap<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (String path : List.of("gateway", "http")) {
            for (int clients : CLIENTS) {
                List<VoteLoad.Result> runs = new ArrayList<>();
                for (int r = 0; r < RUNS; r++) {
                    runs.add(VoteLoad.closedLoop(clients, RUN, path.equals("gateway") ? atGateway : overHttp));
                }
                VoteLoad.Result median = medianResult(runs);
                rates.put(path + "-" + clients, median.perSecond());
                results.add(describe(path, clients, median));
                String label = (path.equals("gateway") ? "votes at the command gateway, " : "votes over HTTP, ")
                        + clients + (clients == 1 ? " client" : " clients");
                report.row(label, median.perSecond(), "votes/s", Report.ratio(median.perSecond(), raw500),
                        String.format("p50 %.1f / p95 %.1f / p99 %.1f ms; %d failed", median.p50(), median.p95(),
                                median.p99(), median.failures()));
            }
        }
        List<VoteLoad.Result> windows = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            windows.add(VoteLoad.window(AllWorkerRound.IN_FLIGHT, RUN, () -> {
                PersonId voter = PersonId.of(Scenario.worker(nextVoter()));
                return commands.send(new CastVote(pseudonyms.ballotOf(roundId, voter), voter, Choice.ABSTAIN));
            }));
        }
        VoteLoad.Result window = medianResult(windows);
        rates.put("gateway-window", window.perSecond());
        results.add(describe("gateway-1024-in-flight", AllWorkerRound.IN_FLIGHT, window));
        report.row("votes at the command gateway, 1,024 in flight", window.perSecond(), "votes/s",
                Report.ratio(window.perSecond(), raw500), String.format("p50 %.1f / p95 %.1f / p99 %.1f ms; %d failed",
                        window.p50(), window.p95(), window.p99(), window.failures()));
        List<VoteLoad.Result> offered = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            offered.add(VoteLoad.openLoop(OFFERED_RATE, Duration.ofSeconds(10), () -> voteClient.voteAsync(votes,
                    "{\"choice\":\"AGAINST\"}", Http.basic(Scenario.worker(nextVoter()), Scenario.WORKER_PASSWORD))
                    .thenApply(status -> {
                        if (status != 201) {
                            throw new IllegalStateException("answered " + status);
                        }
                        return status;
                    })));
        }
        offered.sort((a, b) -> Double.compare(a.p99(), b.p99()));
        VoteLoad.Result open = offered.get(offered.size() / 2);
        results.add(describe("http-open-loop-2000/s", 0, open));
        report.row("p99 latency over HTTP at 2,000 votes/s offered", open.p99(), "ms", null,
                String.format("p50 %.1f / p95 %.1f / max %.1f ms; %,d accepted, %d failed", open.p50(), open.p95(),
                        open.max(), open.votes(), open.failures()));
        report.put("votePath", results);
        return rates;
    }

    // --- 3. the all-worker round ---

    private void allWorkerRound(double gatewayRate, double raw500) throws Exception {
        String proposal = scenario.submittedProposal("Storm pay (all-worker round)");
        long start = System.nanoTime();
        String round = scenario.openRound(proposal);
        report.row("open the 1M round (freeze electorate + digest)", seconds(start), "s", null,
                String.format("%,d members", VOTERS));
        double estimate = VOTERS / Math.max(200, gatewayRate);
        Instant closesAt = Instant.now().plusSeconds((long) (estimate * 1.25) + 15);
        scenario.openVoting(round, closesAt);
        AllWorkerRound.Cast cast = new AllWorkerRound(commands, pseudonyms, RoundId.of(round)).castEveryBallot(VOTERS);
        report.row("cast every ballot of the 1M round (gateway, 1,024 in flight)", cast.perSecond(), "votes/s",
                Report.ratio(cast.perSecond(), raw500), String.format("%,d accepted, %,d refused, %.0f s",
                        cast.accepted(), cast.refused(), cast.seconds()));
        if (Instant.now().isAfter(closesAt)) {
            System.err.println("  casting ran past the deadline: late ballots were refused");
        }
        AllWorkerRound.Close close = new AllWorkerRound(commands, pseudonyms, RoundId.of(round))
                .awaitOutcome(jdbc, scenario, closesAt);
        report.row("deadline → OutcomeDetermined committed", close.determined(), "s", null,
                "polling interval of deadlines " + System.getProperty("bench.polling", "1s"));
        report.row("deadline → outcome in the public round view", close.visible(), "s", null, null);
        report.row("deadline → OutcomePublished (2 signatures + publish)", close.published(), "s", null,
                "signed and published by the benchmark at once");
        JsonNode outcome = close.outcome();
        Recount.Tally recount = Recount.of(database, round);
        boolean equal = recount.forVotes() == outcome.get("forVotes").asLong()
                && recount.against() == outcome.get("against").asLong()
                && recount.abstain() == outcome.get("abstain").asLong();
        report.row("recount of the round from the event store", recount.seconds(), "s", null,
                String.format("%,d events, %,d ballots; %s published tally %d/%d/%d", recount.events(),
                        recount.ballots(), equal ? "EQUALS" : "DIFFERS FROM", outcome.get("forVotes").asLong(),
                        outcome.get("against").asLong(), outcome.get("abstain").asLong()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", round);
        details.put("cast", cast);
        details.put("close", Map.of("determined", close.determined(), "visible", close.visible(),
                "published", close.published()));
        details.put("outcome", outcome);
        details.put("recount", recount);
        details.put("recountEqualsPublishedTally", equal);
        details.put("voteCastRowBytes", jdbc.queryForObject("select avg(octet_length(payload) + octet_length(meta_data))"
                + " from domain_event_entry where aggregate_identifier like ?", Double.class, round + ":%"));
        report.put("allWorkerRound", details);
        if (!equal) {
            throw new IllegalStateException("the recount differs from the published tally: " + recount + " vs " + outcome);
        }
    }

    // --- 4. replay ---

    private void replay() {
        Replay.Result replay = Replay.run(app.getBean(EventProcessingConfiguration.class), jdbc);
        report.row("rebuild every read model by replay", replay.perSecond(), "events/s", null,
                replay.finished()
                        ? String.format("%,d events in %.1f s; %d processors", replay.events(), replay.seconds(),
                        replay.processors().size())
                        : String.format("STOPPED after %.0f s: slowest of %d processors at %,d of %,d events",
                        replay.seconds(), replay.processors().size(), replay.reached(), replay.events()));
        report.put("replay", replay);
    }

    // --- helpers ---

    private long nextVoter() {
        return nextVoter.getAndIncrement() % VOTERS + 1;
    }

    private static Map<String, Object> describe(String path, int clients, VoteLoad.Result result) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", path);
        entry.put("clients", clients);
        entry.put("result", result);
        return entry;
    }

    private static VoteLoad.Result medianResult(List<VoteLoad.Result> runs) {
        List<VoteLoad.Result> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
        return sorted.get(sorted.size() / 2);
    }

    interface Measure {
        double run() throws Exception;
    }

    private static double median(Measure measure) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            values.add(measure.run());
        }
        return Stats.median(values);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.people.PersonId;
import org.roundtable.round.RoundId;
import org.roundtable.vote.Choice;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The all-worker round: every worker casts one ballot through the command gateway (1,024 votes in
 * flight, 60% for, 20% against, 20% abstain), then the benchmark waits for the voting deadline and
 * times how long after it the outcome is determined, visible and published.
 */
final class AllWorkerRound {

    static final int IN_FLIGHT = 1024;

    record Cast(long accepted, long refused, double seconds, double perSecond) {
    }

    record Close(double determined, double visible, double published, JsonNode outcome) {
    }

    private final CommandGateway commands;
    private final Pseudonyms pseudonyms;
    private final RoundId round;

    AllWorkerRound(CommandGateway commands, Pseudonyms pseudonyms, RoundId round) {
        this.commands = commands;
        this.pseudonyms = pseudonyms;
        this.round = round;
    }

    Cast castEveryBallot(long voters) throws InterruptedException {
        Semaphore window = new Semaphore(IN_FLIGHT);
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        long lastReport = start;
        for (long n = 1; n <= voters; n++) {
            window.acquire();
            PersonId voter = PersonId.of(Scenario.worker(n));
            long slot = n % 10;
            Choice choice = slot < 6 ? Choice.FOR : slot < 8 ? Choice.AGAINST : Choice.ABSTAIN;
            commands.send(new CastVote(pseudonyms.ballotOf(round, voter), voter, choice))
                    .whenComplete((ok, failure) -> {
                        (failure == null ? accepted : refused).incrementAndGet();
                        window.release();
                    });
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf("    %,d of %,d ballots sent, %.0f votes/s%n", n, voters,
                        accepted.get() / ((lastReport - start) / 1e9));
            }
        }
        window.acquire(IN_FLIGHT);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Cast(accepted.get(), refused.get(), seconds, accepted.get() / seconds);
    }

    Close awaitOutcome(JdbcTemplate jdbc, Scenario scenario, Instant closesAt) {
        long wait = Duration.between(Instant.now(), closesAt).toMillis();
        if (wait > 0) {
            System.out.printf("    waiting %.1f s for the voting deadline%n", wait / 1000.0);
            Scenario.pause(wait);
        }
        long limit = System.nanoTime() + 300_000_000_000L;
        while (jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'org.roundtable.round.RoundEvents$OutcomeDetermined'", Long.class,
                round.value()) == 0) {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("no outcome 5 minutes after the deadline");
            }
            Scenario.pause(10);
        }
        double determined = since(closesAt);
        String path = "/api/rounds/" + round.value();
        JsonNode view = scenario.await(path, r -> r.hasNonNull("outcome"), 300);
        double visible = since(closesAt);
        if (view.get("outcome").get("outcome").asText().equals("ADOPTED")) {
            scenario.signAndPublish(round.value());
        } else {
            throw new IllegalStateException("the all-worker round was not adopted: " + view.get("outcome"));
        }
        JsonNode published = scenario.await(path, r -> r.get("phase").asText().equals("PUBLISHED"), 300);
        return new Close(determined, visible, since(closesAt), published.get("outcome"));
    }

    private static double since(Instant instant) {
        return Duration.between(instant, Instant.now()).toNanos() / 1e9;
    }
}

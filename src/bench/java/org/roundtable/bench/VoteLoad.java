package org.roundtable.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives votes: closed loop (N clients, each sending its next vote when the last was answered) or
 * open loop (votes offered at a fixed rate whatever the answers, latency counted from the moment
 * each vote was due, so a stall is not hidden). A vote counts only when it was accepted.
 */
final class VoteLoad {

    /** One vote, answered when it returns normally; {@code client} tells concurrent clients apart. */
    interface Vote {
        void cast(int client) throws Exception;
    }

    /** One vote sent without waiting; the future completes when it is answered. */
    interface AsyncVote {
        CompletableFuture<?> cast();
    }

    record Result(long votes, long failures, double seconds, double perSecond, double p50, double p95, double p99,
                  double max) {
    }

    private VoteLoad() {
    }

    static Result closedLoop(int clients, Duration duration, Vote vote) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Stats.Longs> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        ConcurrentLinkedQueue<Throwable> firstFailures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Stats.Longs mine = new Stats.Longs();
            latencies.add(mine);
            int client = c;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        vote.cast(client);
                        mine.add(System.nanoTime() - sent);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        if (firstFailures.size() < 3) {
                            firstFailures.add(e);
                        }
                    }
                }
            }, "client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        firstFailures.forEach(e -> System.err.println("  a vote failed: " + e));
        Stats.Longs all = new Stats.Longs();
        latencies.forEach(all::addAll);
        return result(all, failures.get(), seconds);
    }

    /** Open loop: at most this many votes in flight (connections); a vote waiting for one is late, and counted so. */
    static final int MAX_IN_FLIGHT = 256;
    /** Open loop: when sending is this far behind schedule the service cannot take the load; stop offering. */
    static final long GIVE_UP_BEHIND = 5_000_000_000L;

    static Result openLoop(double perSecond, Duration duration, AsyncVote vote) throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        long total = (long) (perSecond * duration.toNanos() / 1e9);
        Stats.Longs latencies = new Stats.Longs();
        AtomicLong failures = new AtomicLong();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        Semaphore connections = new Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - due > GIVE_UP_BEHIND) {
                failures.addAndGet(total - i);
                System.err.printf("  the service fell %d s behind the offered load: %,d votes not sent%n",
                        GIVE_UP_BEHIND / 1_000_000_000L, total - i);
                break;
            }
            connections.acquire();
            inFlight.add(vote.cast().whenComplete((ok, failure) -> {
                connections.release();
                long latency = System.nanoTime() - due;
                synchronized (latencies) {
                    if (failure == null) {
                        latencies.add(latency);
                    } else {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // failures are counted one by one
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (latencies) {
            return result(latencies, failures.get(), seconds);
        }
    }

    /** Keeps {@code inFlight} votes in flight for the duration, sending the next as each is answered. */
    static Result window(int inFlight, Duration duration, AsyncVote vote) throws InterruptedException {
        Semaphore window = new Semaphore(inFlight);
        Stats.Longs latencies = new Stats.Longs();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            window.acquire();
            long sent = System.nanoTime();
            vote.cast().whenComplete((ok, failure) -> {
                long latency = System.nanoTime() - sent;
                synchronized (latencies) {
                    if (failure == null) {
                        latencies.add(latency);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                window.release();
            });
        }
        window.acquire(inFlight);
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (latencies) {
            return result(latencies, failures.get(), seconds);
        }
    }

    private static Result result(Stats.Longs latencies, long failures, double seconds) {
        return new Result(latencies.size, failures, seconds, latencies.size / seconds,
                Stats.percentileMillis(latencies.values, latencies.size, 50),
                Stats.percentileMillis(latencies.values, latencies.size, 95),
                Stats.percentileMillis(latencies.values, latencies.size, 99),
                Stats.percentileMillis(latencies.values, latencies.size, 100));
    }
}

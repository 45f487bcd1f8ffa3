package org.roundtable.vote.command.batch;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Group commit for ballots. Votes from concurrent senders wait in a bounded queue; a writer thread
 * takes whatever has gathered (up to {@code max-size}, lingering up to {@code linger} for more) and
 * records it in one transaction through the {@link BallotWriter}, then answers every sender. While
 * one group commits, the next gathers, so the busier the service the larger the groups. With more
 * than one writer, a ballot always goes to the same writer, so one voter's ballots stay in order.
 */
@Component
@ConditionalOnProperty(name = "roundtable.vote.batch.enabled", havingValue = "true", matchIfMissing = true)
class VoteBatcher {

    private static final Logger LOG = LoggerFactory.getLogger(VoteBatcher.class);

    private final BallotWriter writer;
    private final int maxSize;
    private final long lingerNanos;
    private final List<Lane> lanes = new ArrayList<>();

    VoteBatcher(BallotWriter writer,
                @Value("${roundtable.vote.batch.max-size:500}") int maxSize,
                @Value("${roundtable.vote.batch.linger:0ms}") Duration linger,
                @Value("${roundtable.vote.batch.writers:2}") int writers,
                @Value("${roundtable.vote.batch.queue-capacity:20000}") int queueCapacity) {
        this.writer = writer;
        this.maxSize = Math.max(1, maxSize);
        this.lingerNanos = linger.toNanos();
        for (int i = 0; i < Math.max(1, writers); i++) {
            Lane lane = new Lane(new ArrayBlockingQueue<>(Math.max(1, queueCapacity)), "vote-writer-" + i);
            lanes.add(lane);
            lane.thread.start();
        }
    }

    /** Queues a vote for the next group commit; waits while the queue is full. */
    void submit(PendingVote vote) {
        Lane lane = lanes.get(Math.floorMod(vote.vote().ballotId().hashCode(), lanes.size()));
        try {
            if (lane.stopped) {
                throw new IllegalStateException("the service is shutting down; vote again in a moment");
            }
            lane.queue.put(vote);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vote.answer().accept(new IllegalStateException("interrupted before the vote was queued", e));
        } catch (IllegalStateException e) {
            vote.answer().accept(e);
        }
    }

    @PreDestroy
    void stop() {
        lanes.forEach(Lane::stop);
    }

    private final class Lane implements Runnable {

        private final BlockingQueue<PendingVote> queue;
        private final Thread thread;
        private volatile boolean stopped;

        Lane(BlockingQueue<PendingVote> queue, String name) {
            this.queue = queue;
            this.thread = new Thread(this, name);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            List<PendingVote> batch = new ArrayList<>(maxSize);
            while (!stopped) {
                try {
                    gather(batch);
                } catch (InterruptedException e) {
                    break;
                }
                try {
                    writer.write(batch);
                } catch (RuntimeException | Error unexpected) {
                    LOG.error("A group of {} votes could not be recorded", batch.size(), unexpected);
                    batch.forEach(vote -> vote.answer().accept(unexpected));
                }
                batch.clear();
            }
            refuseWaiting();
        }

        private void gather(List<PendingVote> batch) throws InterruptedException {
            batch.add(queue.take());
            queue.drainTo(batch, maxSize - batch.size());
            long until = System.nanoTime() + lingerNanos;
            while (batch.size() < maxSize && lingerNanos > 0) {
                long left = until - System.nanoTime();
                PendingVote next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                if (next == null) {
                    return;
                }
                batch.add(next);
                queue.drainTo(batch, maxSize - batch.size());
            }
        }

        void stop() {
            stopped = true;
            thread.interrupt();
        }

        private void refuseWaiting() {
            List<PendingVote> waiting = new ArrayList<>();
            queue.drainTo(waiting);
            waiting.forEach(vote -> vote.answer().accept(
                    new IllegalStateException("the service is shutting down; vote again in a moment")));
        }
    }
}

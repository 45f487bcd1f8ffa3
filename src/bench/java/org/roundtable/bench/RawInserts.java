package org.roundtable.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's own limit for this work: plain JDBC inserts of rows shaped and sized like a
 * stored VoteCast event (same columns, keys and index as Axon's domain_event_entry, a JSON payload
 * and metadata of the same length), each transaction committed durably.
 */
final class RawInserts {

    private static final AtomicLong NEXT = new AtomicLong();

    private final BenchDatabase database;
    private final byte[] payload;
    private final byte[] metaData;

    RawInserts(BenchDatabase database) {
        this.database = database;
        String round = "r-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.payload = ("{\"ballotId\":\"" + round + ":0123456789abcdef0123456789abcdef\",\"roundId\":\"" + round
                + "\",\"choice\":\"AGAINST\",\"receipt\":\"ABCDEFGHJK\",\"replacedReceipt\":null,"
                + "\"castAt\":\"" + Instant.now() + "\"}").getBytes(StandardCharsets.UTF_8);
        this.metaData = ("{\"traceId\":\"" + UUID.randomUUID() + "\",\"correlationId\":\"" + UUID.randomUUID() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    int rowBytes() {
        return payload.length + metaData.length;
    }

    void createTable() throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("create schema bench_raw");
            s.execute("create sequence bench_raw.raw_event_entry_seq start with 1 increment by 1");
            s.execute("create table bench_raw.raw_event_entry (global_index bigint not null, event_identifier varchar(255) not null,"
                    + " meta_data bytea, payload bytea not null, payload_revision varchar(255),"
                    + " payload_type varchar(255) not null, time_stamp varchar(255) not null,"
                    + " aggregate_identifier varchar(255) not null, sequence_number bigint not null, type varchar(255),"
                    + " constraint raw_event_entry_pk primary key (global_index),"
                    + " constraint raw_event_entry_event_uk unique (event_identifier),"
                    + " constraint raw_event_entry_aggregate_uk unique (aggregate_identifier, sequence_number))");
        }
    }

    /** Rows per second with the given threads, each committing {@code rowsPerCommit} rows at a time. */
    double rowsPerSecond(int threads, int rowsPerCommit, Duration duration) throws Exception {
        String nextIndex = database.isH2() ? "next value for bench_raw.raw_event_entry_seq" : "nextval('bench_raw.raw_event_entry_seq')";
        String sql = "insert into bench_raw.raw_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,"
                + " payload_type, time_stamp, aggregate_identifier, sequence_number, type) values (" + nextIndex
                + ", ?, ?, ?, null, 'org.roundtable.vote.VoteEvents$VoteCast', ?, ?, 0, 'WorkerVoteAggregate')";
        AtomicLong rows = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long[] elapsed = new long[1];
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(sql)) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        for (int i = 0; i < rowsPerCommit; i++) {
                            long n = NEXT.incrementAndGet();
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setBytes(2, metaData);
                            insert.setBytes(3, payload);
                            insert.setString(4, Instant.now().toString());
                            insert.setString(5, "r-raw:" + Long.toHexString(n) + "0123456789abcdef0123456789");
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        c.commit();
                        rows.addAndGet(rowsPerCommit);
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        elapsed[0] = System.nanoTime() - start;
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rows.get() / (elapsed[0] / 1e9);
    }
}

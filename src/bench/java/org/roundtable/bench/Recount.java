package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * A recount straight from the event store: every VoteCast payload of the round, read in the order
 * of (ballot stream, sequence), and for each ballot id its LAST event's choice. Streams the rows
 * (fetch size 10,000) and keeps one ballot in memory at a time.
 */
final class Recount {

    record Tally(long forVotes, long against, long abstain, long events, double seconds) {
        long ballots() {
            return forVotes + against + abstain;
        }
    }

    private Recount() {
    }

    static Tally of(BenchDatabase database, String roundId) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[3];
        long events = 0;
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("select aggregate_identifier, payload from domain_event_entry"
                    + " where payload_type = 'org.roundtable.vote.VoteEvents$VoteCast' and aggregate_identifier like ?"
                    + " order by aggregate_identifier, sequence_number")) {
                read.setFetchSize(10_000);
                read.setString(1, roundId + ":%");
                try (ResultSet rows = read.executeQuery()) {
                    String ballot = null;
                    byte[] last = null;
                    while (rows.next()) {
                        events++;
                        String id = rows.getString(1);
                        if (ballot != null && !ballot.equals(id)) {
                            count(last, roundId, counts);
                        }
                        ballot = id;
                        last = rows.getBytes(2);
                    }
                    if (ballot != null) {
                        count(last, roundId, counts);
                    }
                }
            }
            c.commit();
        }
        return new Tally(counts[0], counts[1], counts[2], events, (System.nanoTime() - start) / 1e9);
    }

    private static void count(byte[] payload, String roundId, long[] counts) throws Exception {
        JsonNode cast = Http.JSON.readTree(payload);
        if (!cast.get("roundId").asText().equals(roundId)) {
            throw new IllegalStateException("a ballot of round " + roundId + " names round " + cast.get("roundId"));
        }
        switch (cast.get("choice").asText()) {
            case "FOR" -> counts[0]++;
            case "AGAINST" -> counts[1]++;
            case "ABSTAIN" -> counts[2]++;
            default -> throw new IllegalStateException("unknown choice in " + cast);
        }
    }
}

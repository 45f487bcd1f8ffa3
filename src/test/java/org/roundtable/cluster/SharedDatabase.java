package org.roundtable.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roundtable.support.TestPeople;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The test's own look into the PostgreSQL database both nodes share: it enrolls people in bulk
 * and reads the event store, the token claims and the ballot box directly, to check the nodes
 * against the ground truth rather than against their own answers.
 */
final class SharedDatabase implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOTE_CAST = "org.roundtable.vote.VoteEvents$VoteCast";

    /** One stored VoteCast: its ballot stream (round:pseudonym), position in it, and payload. */
    record StoredVote(String ballotId, long sequence, String choice, String receipt, String replacedReceipt) {
    }

    /** One segment's token: who claims it, and how far its tracker has handled the event stream. */
    record Claim(String owner, long index) {
    }

    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;

    SharedDatabase(String url) {
        this.dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Opens accounts with {@link TestPeople#PASSWORD}, each id equal to its username. The hash has
     * BCrypt's lowest cost (4): hundreds of sign-ins at the default cost would keep a busy
     * two-core machine hashing passwords instead of handling the votes under test.
     */
    void openAccounts(List<String> usernames, String platform, String role) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestPeople.PASSWORD);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into person (id, username, password_hash, display_name, platform_id, erased,"
                        + " created_at) values (?, ?, ?, ?, ?, false, ?)",
                usernames.stream().map(name -> new Object[] {name, name, hash, "Name of " + name, platform, now})
                        .toList());
        jdbc.batchUpdate("insert into person_role (person_id, role) values (?, ?)",
                usernames.stream().map(name -> new Object[] {name, role}).toList());
    }

    /** Every VoteCast of the round, by ballot stream and sequence. */
    List<StoredVote> votesCast(String roundId) {
        return jdbc.query("select aggregate_identifier, sequence_number, payload from domain_event_entry"
                        + " where payload_type = ? and aggregate_identifier like ?"
                        + " order by aggregate_identifier, sequence_number",
                (row, n) -> {
                    JsonNode payload = json(row.getBytes(3));
                    JsonNode replaced = payload.get("replacedReceipt");
                    return new StoredVote(row.getString(1), row.getLong(2), payload.get("choice").asText(),
                            payload.get("receipt").asText(),
                            replaced == null || replaced.isNull() ? null : replaced.asText());
                },
                VOTE_CAST, roundId + ":%");
    }

    /** How many (aggregate, sequence) pairs occur more than once in the event table. */
    long duplicateEventKeys() {
        return count("select count(*) from (select aggregate_identifier, sequence_number from domain_event_entry"
                + " group by aggregate_identifier, sequence_number having count(*) > 1) twice");
    }

    Claim claim(String processor, int segment) {
        return jdbc.query("select owner, token from token_entry where processor_name = ? and segment = ?",
                        (row, n) -> new Claim(row.getString(1), index(row.getBytes(2))), processor, segment)
                .stream().findFirst().orElse(new Claim(null, -1));
    }

    long segments(String processor) {
        return count("select count(*) from token_entry where processor_name = '" + processor + "'");
    }

    long deadLetters() {
        return count("select count(*) from dead_letter_entry");
    }

    /** The ballot box of the write side: pseudonym to the receipt of the ballot that counts. */
    Map<String, String> countedReceipts(String roundId) {
        return jdbc.query("select pseudonym, receipt from ballot where round_id = ?",
                        (row, n) -> Map.entry(row.getString(1), row.getString(2)), roundId)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static long index(byte[] token) {
        if (token == null) {
            return -1;
        }
        JsonNode index = json(token).get("index");
        return index == null ? -1 : index.asLong();
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}

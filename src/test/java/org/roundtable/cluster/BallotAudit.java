package org.roundtable.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.roundtable.cluster.SharedDatabase.StoredVote;
import org.roundtable.cluster.VoteTraffic.Ack;

/**
 * Checks the event store and the ballot box of one round against what the clients were told.
 * Knowing the pseudonym key (the file both nodes share), it finds each voter's ballot stream.
 */
final class BallotAudit {

    private final SharedDatabase database;
    private final String roundId;
    private final SecretKeySpec key;

    BallotAudit(SharedDatabase database, String roundId, byte[] pseudonymKey) {
        this.database = database;
        this.roundId = roundId;
        this.key = new SecretKeySpec(pseudonymKey, "HmacSHA256");
    }

    /** The aggregate id of the voter's ballot stream in this round: {@code round:pseudonym}. */
    String ballotOf(String personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal((roundId + "\n" + personId).getBytes(StandardCharsets.UTF_8));
            return roundId + ":" + java.util.HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The voter's stored ballots in order; asserts the stream has no gap and no duplicate. */
    List<StoredVote> streamOf(String personId) {
        String ballot = ballotOf(personId);
        List<StoredVote> stream = database.votesCast(roundId).stream()
                .filter(vote -> vote.ballotId().equals(ballot)).toList();
        assertThat(stream).as("ballot stream of %s", personId).extracting(StoredVote::sequence)
                .containsExactly(positions(stream.size()));
        return stream;
    }

    /**
     * Every acknowledged ballot is stored exactly once, in its voter's stream, as acknowledged;
     * streams have no gaps; a stored ballot nobody was told about belongs to a voter whose request
     * was cut off (it committed on the killed node before the answer left); the ballot box holds
     * exactly the expected ballot per voter. Answers the number of stored but unacknowledged ballots.
     */
    int assertEveryAcknowledgedBallotStoredOnce(VoteTraffic traffic, Set<String> checkedBallots,
                                                Map<String, String> countedReceipts) {
        assertThat(database.duplicateEventKeys()).as("duplicate (aggregate, sequence) keys").isZero();
        List<StoredVote> stored = database.votesCast(roundId);
        stored.stream().collect(Collectors.groupingBy(StoredVote::ballotId)).forEach((ballot, votes) ->
                assertThat(votes).as(ballot).extracting(StoredVote::sequence).containsExactly(positions(votes.size())));

        Map<String, List<StoredVote>> byReceipt = stored.stream().collect(Collectors.groupingBy(StoredVote::receipt));
        for (Ack ack : traffic.acknowledged()) {
            List<StoredVote> found = byReceipt.getOrDefault(ack.receipt(), List.of());
            assertThat(found).as("stored ballots with the receipt of %s", ack).hasSize(1);
            StoredVote vote = found.get(0);
            assertThat(vote.ballotId()).isEqualTo(ballotOf(ack.voter()));
            assertThat(vote.choice()).isEqualTo(ack.choice());
            assertThat(vote.replacedReceipt()).isEqualTo(ack.replacedReceipt());
        }

        Set<String> acknowledged = traffic.acknowledged().stream().map(Ack::receipt).collect(Collectors.toSet());
        Set<String> interrupted = traffic.interruptedVoters().stream().map(this::ballotOf).collect(Collectors.toSet());
        List<StoredVote> unacknowledged = stored.stream()
                .filter(vote -> !acknowledged.contains(vote.receipt()) && !checkedBallots.contains(vote.ballotId()))
                .toList();
        for (StoredVote vote : unacknowledged) {
            assertThat(interrupted).as("a stored ballot nobody was told about: %s", vote).contains(vote.ballotId());
        }

        Map<String, String> expected = countedReceipts.entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().substring(roundId.length() + 1), Map.Entry::getValue));
        assertThat(database.countedReceipts(roundId)).as("the ballot box: the last acknowledged ballot of each voter")
                .isEqualTo(expected);
        return unacknowledged.size();
    }

    private static Long[] positions(int size) {
        return LongStream.range(0, size).boxed().toArray(Long[]::new);
    }
}

package org.roundtable.vote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.roundtable.round.RoundId;

/**
 * The identity of one voter's ballot in one round: the round and the voter's per-round pseudonym.
 * Because it is the aggregate key, the event store itself allows one ballot stream per voter per
 * round. Serialized as {@code roundId:pseudonym}.
 */
public record BallotId(RoundId roundId, String pseudonym) {

    private static final Pattern PSEUDONYM = Pattern.compile("[a-z0-9]{16,64}");

    public BallotId {
        if (roundId == null || pseudonym == null || !PSEUDONYM.matcher(pseudonym).matches()) {
            throw new IllegalArgumentException("a ballot id needs a round and a pseudonym");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BallotId parse(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("'" + value + "' is not a ballot id");
        }
        return new BallotId(RoundId.of(value.substring(0, colon)), value.substring(colon + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return roundId.value() + ":" + pseudonym;
    }
}

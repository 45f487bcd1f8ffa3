package org.roundtable.round;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one round; serialized as its bare value. */
public record RoundId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RoundId {
        TypedId.require(value, "round id");
    }

    public static RoundId of(String value) {
        return new RoundId(value);
    }

    public static RoundId random() {
        return new RoundId(TypedId.random("rnd"));
    }

    @Override
    public String toString() {
        return value;
    }
}

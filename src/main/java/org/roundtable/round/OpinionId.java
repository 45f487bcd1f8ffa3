package org.roundtable.round;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one opinion; serialized as its bare value. */
public record OpinionId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OpinionId {
        TypedId.require(value, "opinion id");
    }

    public static OpinionId of(String value) {
        return new OpinionId(value);
    }

    public static OpinionId random() {
        return new OpinionId(TypedId.random("op"));
    }

    @Override
    public String toString() {
        return value;
    }
}

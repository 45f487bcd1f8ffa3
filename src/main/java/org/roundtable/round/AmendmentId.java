package org.roundtable.round;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one amendment; serialized as its bare value. */
public record AmendmentId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AmendmentId {
        TypedId.require(value, "amendment id");
    }

    public static AmendmentId of(String value) {
        return new AmendmentId(value);
    }

    public static AmendmentId random() {
        return new AmendmentId(TypedId.random("am"));
    }

    @Override
    public String toString() {
        return value;
    }
}

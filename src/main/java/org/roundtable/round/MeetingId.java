package org.roundtable.round;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one meeting; serialized as its bare value. */
public record MeetingId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingId {
        TypedId.require(value, "meeting id");
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    public static MeetingId random() {
        return new MeetingId(TypedId.random("mt"));
    }

    @Override
    public String toString() {
        return value;
    }
}

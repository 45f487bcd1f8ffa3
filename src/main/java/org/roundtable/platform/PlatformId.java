package org.roundtable.platform;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one platform; serialized as its bare value. */
public record PlatformId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PlatformId {
        TypedId.require(value, "platform id");
    }

    public static PlatformId of(String value) {
        return new PlatformId(value);
    }

    public static PlatformId random() {
        return new PlatformId(TypedId.random("pf"));
    }

    @Override
    public String toString() {
        return value;
    }
}

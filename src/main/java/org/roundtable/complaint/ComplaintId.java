package org.roundtable.complaint;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one complaint; serialized as its bare value. */
public record ComplaintId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ComplaintId {
        TypedId.require(value, "complaint id");
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    public static ComplaintId random() {
        return new ComplaintId(TypedId.random("cmp"));
    }

    @Override
    public String toString() {
        return value;
    }
}

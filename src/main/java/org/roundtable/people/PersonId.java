package org.roundtable.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one person; serialized as its bare value. */
public record PersonId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonId {
        TypedId.require(value, "person id");
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    public static PersonId random() {
        return new PersonId(TypedId.random("p"));
    }

    @Override
    public String toString() {
        return value;
    }
}

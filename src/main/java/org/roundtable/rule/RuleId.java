package org.roundtable.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one rule; serialized as its bare value. */
public record RuleId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RuleId {
        TypedId.require(value, "rule id");
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    public static RuleId random() {
        return new RuleId(TypedId.random("rule"));
    }

    @Override
    public String toString() {
        return value;
    }
}

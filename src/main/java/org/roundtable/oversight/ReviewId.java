package org.roundtable.oversight;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.rule.RuleId;

/** The periodic review of one adopted rule version: {@code <ruleId>:v<version>:review}. */
public record ReviewId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReviewId {
        VersionKey.require(value, ":review", "review id");
    }

    public static ReviewId of(RuleId ruleId, int version) {
        return new ReviewId(VersionKey.of(ruleId, version, ":review"));
    }

    public static ReviewId of(String value) {
        return new ReviewId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.roundtable.oversight;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.rule.RuleId;

/** The filing of one adopted rule version with the regulator: {@code <ruleId>:v<version>}. */
public record FilingId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public FilingId {
        VersionKey.require(value, "", "filing id");
    }

    public static FilingId of(RuleId ruleId, int version) {
        return new FilingId(VersionKey.of(ruleId, version, ""));
    }

    public static FilingId of(String value) {
        return new FilingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

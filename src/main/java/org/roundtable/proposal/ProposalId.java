package org.roundtable.proposal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one proposal; serialized as its bare value. */
public record ProposalId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProposalId {
        TypedId.require(value, "proposal id");
    }

    public static ProposalId of(String value) {
        return new ProposalId(value);
    }

    public static ProposalId random() {
        return new ProposalId(TypedId.random("prop"));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.roundtable.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.roundtable.shared.TypedId;

/** The identity of one webhook subscription; serialized as its bare value. */
public record WebhookId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WebhookId {
        TypedId.require(value, "webhook id");
    }

    public static WebhookId of(String value) {
        return new WebhookId(value);
    }

    public static WebhookId random() {
        return new WebhookId(TypedId.random("wh"));
    }

    @Override
    public String toString() {
        return value;
    }
}

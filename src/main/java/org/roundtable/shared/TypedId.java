package org.roundtable.shared;

import java.util.UUID;

/**
 * Shape checks shared by the typed identifiers. An id is a short opaque token: letters, digits,
 * '-', '_' and '.', at most 64 characters, so it can sit in a URL and an aggregate key unchanged.
 */
public final class TypedId {

    private TypedId() {
    }

    public static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (value.length() > 64 || !value.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(what + " '" + abbreviate(value)
                    + "' is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    public static String random(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}

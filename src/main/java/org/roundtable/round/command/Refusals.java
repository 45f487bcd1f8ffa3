package org.roundtable.round.command;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.roundtable.round.Phase;
import org.roundtable.shared.DomainException;

/** The small checks the round's command handlers share, each ending in a refusal with a plain message. */
final class Refusals {

    private Refusals() {
    }

    /** A malformed command (400). */
    static void invalidUnless(boolean condition, String message) {
        if (!condition) {
            throw new DomainException.Invalid(message);
        }
    }

    /** A command that clashes with the round's state (409). */
    static void conflictUnless(boolean condition, String message) {
        if (!condition) {
            throw new DomainException.Conflict(message);
        }
    }

    static <T> T required(T value, String what) {
        invalidUnless(value != null, what + " is required");
        return value;
    }

    /** A required text of 1 to {@code max} characters. */
    static String text(String value, int max, String what) {
        invalidUnless(value != null && !value.isBlank() && value.length() <= max,
                what + " is required, in 1 to " + max + " characters");
        return value.strip();
    }

    /** An optional text of at most {@code max} characters; blank becomes null. */
    static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        invalidUnless(value.length() <= max, what + " may have at most " + max + " characters");
        return value.strip();
    }

    static void phaseIsOneOf(Phase current, String whatNeedsIt, Phase... allowed) {
        if (Arrays.asList(allowed).contains(current)) {
            return;
        }
        String allowedWords = Arrays.stream(allowed).map(Refusals::words).collect(Collectors.joining(" or "));
        throw new DomainException.Conflict(whatNeedsIt + " only while the round is " + allowedWords
                + "; this round is " + words(current) + " now");
    }

    static String words(Phase phase) {
        if (phase == null) {
            return "not opened";
        }
        return switch (phase) {
            case REQUESTED -> "requested and not yet opened";
            case ANNOUNCED -> "announced";
            case COMMENTING -> "in its comment period";
            case NEGOTIATING -> "in negotiation";
            case VOTING -> "voting";
            case CLOSED -> "closed";
            case PUBLISHED -> "published";
            case CANCELLED -> "cancelled";
        };
    }
}

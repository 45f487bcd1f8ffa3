package org.roundtable.shared;

/**
 * A refusal by the domain, with a message meant for the person who asked. Each subtype maps to
 * one HTTP status in {@link org.roundtable.shared.web.ProblemAdvice}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.NotAllowed, DomainException.Conflict,
        DomainException.Invalid {

    protected DomainException(String message) {
        super(message);
    }

    /** The thing asked about does not exist: 404. */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The actor may not do this: 403. */
    public static final class NotAllowed extends DomainException {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** The request clashes with the current state (wrong phase, already done, deadline passed): 409. */
    public static final class Conflict extends DomainException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** The request is malformed or breaks a rule of shape: 400. */
    public static final class Invalid extends DomainException {
        public Invalid(String message) {
            super(message);
        }
    }
}

package org.roundtable.shared.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without looking at the password, because of too many failures in a row. */
public final class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again later.");
        this.retryAfter = retryAfter;
    }

    /** How long until sign-in is possible again, rounded up to whole seconds. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

package org.accountkit.user;

import java.time.Duration;
import java.time.Instant;

/**
 * Too many failed logins for this e-mail address in a row: the next attempt is refused unchecked until
 * {@link #until()} (see {@link LoginBackoff}). Raised the same for an address that has no user, so it tells nobody
 * whether one exists. A host shows it as "try again in ..." and may answer HTTP 429 with {@code Retry-After}.
 */
public final class LoginPaused extends AuthenticationFailed {

    private static final long serialVersionUID = 1L;

    private final Instant until;
    private final Duration retryAfter;

    /**
     * @param until      when the address may be tried again
     * @param retryAfter how long that is from now, rounded up to whole seconds
     */
    public LoginPaused(Instant until, Duration retryAfter) {
        super("error.login-paused", retryAfter.toSeconds());
        this.until = until;
        this.retryAfter = retryAfter;
    }

    /** When the address may be tried again. */
    public Instant until() {
        return until;
    }

    /** How long from the refused attempt until then, in whole seconds. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

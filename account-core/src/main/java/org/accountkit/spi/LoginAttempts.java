package org.accountkit.spi;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Failed logins per e-mail address, so that {@link org.accountkit.user.LoginBackoff} holds on every server. Global,
 * like the login addresses themselves: a login names no customer number. An address is known only by its key (a
 * SHA-256 of the normalized address, 64 hex digits), so that the store keeps no address someone merely typed.
 */
@SecondaryPort
@Repository
public interface LoginAttempts {

    /** The failures in a row recorded for the address, if any. */
    Optional<FailedLogins> find(String addressKey);

    /**
     * Counts one more failure at {@code at}, atomically also when several servers count at once; the count starts
     * again at one when the latest failure was before {@code countSince}.
     */
    void failed(String addressKey, Instant at, Instant countSince);

    /** Forgets the address's failures: its login succeeded. */
    void clear(String addressKey);
}

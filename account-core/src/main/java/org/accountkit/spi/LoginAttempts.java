package org.accountkit.spi;

import java.time.Instant;
import java.util.Optional;

import org.accountkit.shared.EmailAddress;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Failed logins per e-mail address, so that {@link org.accountkit.user.LoginBackoff} holds on every server. Global,
 * like the login addresses themselves (the JDBC adapter keeps them in its one global table of login addresses): a
 * login names no customer number. Addresses that have no user are counted too.
 */
@SecondaryPort
@Repository
public interface LoginAttempts {

    /** The failures in a row recorded for the address, if any. */
    Optional<FailedLogins> find(EmailAddress address);

    /**
     * Counts one more failure at {@code at}, atomically also when several servers count at once; the count starts
     * again at one when the latest failure was before {@code countSince}.
     */
    void failed(EmailAddress address, Instant at, Instant countSince);

    /** Forgets the address's failures: its login succeeded. */
    void clear(EmailAddress address);
}

package org.accountkit.user;

import org.accountkit.AccountException;

/**
 * The e-mail address and password do not match a user. It does not say which of the two was wrong. Its subclass
 * {@link LoginPaused} says the address had too many failures in a row to be checked now.
 */
public class AuthenticationFailed extends AccountException {

    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public AuthenticationFailed() {
        super("error.authentication-failed");
    }

    /** For subclasses: another message of the same fact. */
    protected AuthenticationFailed(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

package org.accountkit.user;

import org.accountkit.AccountException;

/** The e-mail address and password do not match a user. It does not say which of the two was wrong. */
public final class AuthenticationFailed extends AccountException {

    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public AuthenticationFailed() {
        super("error.authentication-failed");
    }
}

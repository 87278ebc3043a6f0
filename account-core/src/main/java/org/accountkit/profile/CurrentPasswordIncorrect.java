package org.accountkit.profile;

import org.accountkit.AccountException;

/** The current password given with a password change is not the user's password; nothing changed. */
public final class CurrentPasswordIncorrect extends AccountException {

    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public CurrentPasswordIncorrect() {
        super("error.current-password-incorrect");
    }
}

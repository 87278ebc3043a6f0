package org.accountkit.user;

import org.accountkit.AccountException;
import org.accountkit.shared.EmailAddress;

/**
 * Another user already logs in with this e-mail address (compared regardless of case), in this or another customer
 * number. The message does not say which.
 */
public final class EmailAddressTaken extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param email the address that is in use */
    public EmailAddressTaken(EmailAddress email) {
        super("error.email-address-taken", email.value());
    }
}

package org.accountkit.user;

import org.accountkit.AccountException;
import org.accountkit.shared.UserId;

/** The change would leave the customer number without an administrator; it keeps at least one, always. */
public final class LastAdministrator extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param administrator the last administrator, who stays */
    public LastAdministrator(UserId administrator) {
        super("error.last-administrator", administrator.toString());
    }
}

package org.accountkit.customer;

import org.accountkit.AccountException;
import org.accountkit.shared.CustomerNumber;

/** A customer number was registered twice. */
public final class CustomerNumberTaken extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param number the number that is registered already */
    public CustomerNumberTaken(CustomerNumber number) {
        super("error.customer-number-taken", number.value());
    }
}

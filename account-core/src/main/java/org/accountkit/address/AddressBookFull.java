package org.accountkit.address;

import org.accountkit.AccountException;

/** The address book holds as many addresses as it may; delete one first. */
public final class AddressBookFull extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param capacity the most addresses a book holds */
    public AddressBookFull(int capacity) {
        super("error.address-book-full", capacity);
    }
}

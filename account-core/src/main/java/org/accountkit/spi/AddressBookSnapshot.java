package org.accountkit.spi;

import java.util.List;
import java.util.Objects;

import org.accountkit.address.SavedAddress;
import org.accountkit.shared.CustomerNumber;

/**
 * A customer number's address book as stored.
 *
 * @param customerNumber whose addresses
 * @param addresses      every address, in the order they were added
 * @param version        the stored version it was loaded at; 0 for a new book
 */
public record AddressBookSnapshot(CustomerNumber customerNumber, List<SavedAddress> addresses, long version) {

    /** Refuses missing parts and copies the addresses. */
    public AddressBookSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        addresses = List.copyOf(addresses);
    }
}

package org.accountkit.address;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores address books, one per customer number. Implementations return copies: changing a loaded book changes
 * nothing stored until {@link #update(AddressBook)}.
 */
@SecondaryPort
@Repository
public interface AddressBooks {

    /** The customer number's address book, if the customer number is registered. */
    Optional<AddressBook> find(CustomerNumber customerNumber);

    /**
     * Stores the book of a newly registered customer number.
     *
     * @throws IllegalStateException when the customer number has a book already
     */
    void add(AddressBook book);

    /**
     * Stores a changed book, provided nobody else stored it since it was loaded; the version goes up by one.
     *
     * @throws ConcurrentModification when the stored version differs from {@link AddressBook#version()}
     */
    void update(AddressBook book);
}

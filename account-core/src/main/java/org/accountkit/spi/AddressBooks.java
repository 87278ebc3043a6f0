package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Stores address books, one per customer number. */
@SecondaryPort
@Repository
public interface AddressBooks {

    /** The customer number's address book, if the customer number is registered. */
    Optional<AddressBookSnapshot> find(CustomerNumber customerNumber);

    /**
     * Stores the book of a newly registered customer number at version 0.
     *
     * @throws IllegalStateException when the customer number has a book already
     */
    void add(AddressBookSnapshot book);

    /**
     * Stores a changed book at its version plus one, provided the stored version is still its version.
     *
     * @throws ConcurrentModification when the stored version differs
     */
    void update(AddressBookSnapshot book);
}

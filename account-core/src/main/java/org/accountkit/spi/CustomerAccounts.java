package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerNumberTaken;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Stores customer accounts. */
@SecondaryPort
@Repository
public interface CustomerAccounts {

    /** The account with this number, if registered. */
    Optional<CustomerAccountSnapshot> find(CustomerNumber number);

    /**
     * Stores a newly registered account at version 0.
     *
     * @throws CustomerNumberTaken when the number is registered already
     */
    void add(CustomerAccountSnapshot account);

    /**
     * Stores a changed account at its version plus one, provided the stored version is still its version.
     *
     * @throws ConcurrentModification when the stored version differs
     */
    void update(CustomerAccountSnapshot account);
}

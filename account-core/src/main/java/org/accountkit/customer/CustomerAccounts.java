package org.accountkit.customer;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores customer accounts. Implementations return copies: changing a loaded account changes nothing stored until
 * {@link #update(CustomerAccount)} is called.
 */
@SecondaryPort
@Repository
public interface CustomerAccounts {

    /** The account with this number, if registered. */
    Optional<CustomerAccount> find(CustomerNumber number);

    /**
     * Stores a newly registered account.
     *
     * @throws CustomerNumberTaken when the number is registered already
     */
    void add(CustomerAccount account);

    /**
     * Stores a changed account, provided nobody else stored it since it was loaded; the stored version goes up by one.
     *
     * @throws ConcurrentModification when the stored version differs from {@link CustomerAccount#version()}
     */
    void update(CustomerAccount account);
}

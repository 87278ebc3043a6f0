package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The hosts' idempotency keys per customer number, each with what it was first used for, so that a retried or
 * double-clicked submission answers the first outcome instead of placing again.
 */
@SecondaryPort
@Repository
public interface IdempotencyKeys {

    /** What the key was first used for, if it was. */
    Optional<IdempotencyRecord> find(CustomerNumber customerNumber, String key);

    /**
     * Records a key's first use, in the transaction of what it guards.
     *
     * @throws ConcurrentModification when the key is recorded already (perhaps at this moment, by another server)
     */
    void add(IdempotencyRecord record);
}

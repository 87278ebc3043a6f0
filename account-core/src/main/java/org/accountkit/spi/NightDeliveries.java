package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Each customer number's night delivery with its sticker and crate requests. */
@SecondaryPort
@Repository
public interface NightDeliveries {

    /** The customer number's night delivery, if it ever had one. */
    Optional<NightDeliverySnapshot> find(CustomerNumber customerNumber);

    /**
     * Stores the first one of a customer number.
     *
     * @throws ConcurrentModification when one is stored already
     */
    void add(NightDeliverySnapshot nightDelivery);

    /**
     * Stores a change, provided the stored one is still at the snapshot's version.
     *
     * @throws ConcurrentModification when it is not
     */
    void update(NightDeliverySnapshot nightDelivery);
}

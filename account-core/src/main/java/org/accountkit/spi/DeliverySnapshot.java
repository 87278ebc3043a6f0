package org.accountkit.spi;

import java.util.Objects;

import org.accountkit.orders.Delivery;
import org.accountkit.shared.CustomerNumber;

/**
 * A delivery as stored.
 *
 * @param customerNumber its customer number
 * @param erpOrderNumber the order it delivers (part of)
 * @param delivery       the delivery note's number, day and quantities per line
 */
public record DeliverySnapshot(CustomerNumber customerNumber, String erpOrderNumber, Delivery delivery) {

    /** Refuses missing parts. */
    public DeliverySnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(erpOrderNumber, "erpOrderNumber");
        Objects.requireNonNull(delivery, "delivery");
    }
}

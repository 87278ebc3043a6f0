package org.accountkit.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A delivery of (part of) an order, as the ERP reported it.
 *
 * @param deliveryNumber the delivery note's number
 * @param deliveredOn    the day it was delivered
 * @param lines          the quantities per order line delivered
 */
public record Delivery(String deliveryNumber, LocalDate deliveredOn, List<LineQuantity> lines) {

    /** Refuses missing parts and copies the lines. */
    public Delivery {
        Objects.requireNonNull(deliveryNumber, "deliveryNumber");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        lines = List.copyOf(lines);
    }
}

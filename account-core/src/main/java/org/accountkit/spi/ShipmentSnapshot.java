package org.accountkit.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.accountkit.orders.LineQuantity;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;

/**
 * A shipment as stored.
 *
 * @param customerNumber its customer number
 * @param shipmentNumber the ERP's shipment number, unique within the customer number
 * @param erpOrderNumber the order it ships (part of)
 * @param requester      the order's requester, or {@code null} for an order of another channel
 * @param carrier        the carrier as the ERP named it
 * @param trackingCode   the track and trace code
 * @param shippedAt      when it left the warehouse
 * @param lines          the quantities per order line, by line number
 */
public record ShipmentSnapshot(CustomerNumber customerNumber, String shipmentNumber, String erpOrderNumber,
        UserId requester, String carrier, String trackingCode, Instant shippedAt, List<LineQuantity> lines) {

    /** Refuses missing parts. */
    public ShipmentSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(shipmentNumber, "shipmentNumber");
        Objects.requireNonNull(erpOrderNumber, "erpOrderNumber");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(shippedAt, "shippedAt");
        lines = List.copyOf(lines);
    }
}

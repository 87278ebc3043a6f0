package org.accountkit.orders;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A shipment as the customer sees it, with the link to follow it.
 *
 * @param shipmentNumber the ERP's shipment number
 * @param erpOrderNumber the order it ships (part of)
 * @param carrier        the carrier, e.g. {@code DHL}
 * @param trackingCode   the carrier's track and trace code
 * @param trackingLink   where to follow it; empty only when the carrier's template was removed since
 * @param shippedAt      when it left the warehouse
 * @param lines          the quantities per order line in it
 */
public record Shipment(String shipmentNumber, String erpOrderNumber, String carrier, String trackingCode,
        Optional<URI> trackingLink, Instant shippedAt, List<LineQuantity> lines) {

    /** Copies the lines. */
    public Shipment {
        lines = List.copyOf(lines);
    }
}

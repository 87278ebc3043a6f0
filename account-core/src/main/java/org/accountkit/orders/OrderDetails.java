package org.accountkit.orders;

import java.util.List;

/**
 * One order with everything the ERP reported about it.
 *
 * @param summary   the order as the overview lists it
 * @param lines     its lines with ordered, delivered, cancelled and open quantities
 * @param deliveries its deliveries, oldest first
 * @param shipments its shipments, oldest first
 * @param invoices  the invoices with a line for it, oldest first; empty for a viewer without
 *                  {@code SEE_INVOICES}
 */
public record OrderDetails(OrderSummary summary, List<OrderedLine> lines, List<Delivery> deliveries,
        List<Shipment> shipments, List<InvoiceView> invoices) {

    /** Copies the lists. */
    public OrderDetails {
        lines = List.copyOf(lines);
        deliveries = List.copyOf(deliveries);
        shipments = List.copyOf(shipments);
        invoices = List.copyOf(invoices);
    }
}

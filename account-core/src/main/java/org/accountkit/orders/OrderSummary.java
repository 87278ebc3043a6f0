package org.accountkit.orders;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * An order as the order overview lists it.
 *
 * @param erpOrderNumber the ERP's order number
 * @param channel        where it came in
 * @param orderRequest   the webshop order it confirms; empty for other channels
 * @param requester      who ordered it in the webshop; empty for other channels
 * @param reference      the customer's reference, may be empty
 * @param orderedAt      when it was ordered (placed, for a webshop order)
 * @param status         how far it is delivered
 * @param netTotal       what was ordered, excluding VAT
 */
public record OrderSummary(String erpOrderNumber, OrderChannel channel, Optional<OrderRequestId> orderRequest,
        Optional<UserId> requester, String reference, Instant orderedAt, DeliveryStatus status, Money netTotal) {

    /** Refuses missing parts. */
    public OrderSummary {
        Objects.requireNonNull(erpOrderNumber, "erpOrderNumber");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(orderRequest, "orderRequest");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(netTotal, "netTotal");
    }
}

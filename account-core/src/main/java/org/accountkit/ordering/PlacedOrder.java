package org.accountkit.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An order that was placed, directly or after approval, as handed to the host to fulfil.
 *
 * @param orderId        the order's identifier (the identifier of the order request it came from)
 * @param customerNumber the customer
 * @param requester      who ordered
 * @param reference      the customer's own reference, may be empty
 * @param lines          what was ordered
 * @param netTotal       the total excluding VAT
 * @param placedAt       when it was placed
 * @param afterApproval  whether an approver approved it first
 */
@ValueObject
public record PlacedOrder(UUID orderId, CustomerNumber customerNumber, UserId requester, String reference,
        List<OrderLine> lines, Money netTotal, Instant placedAt, boolean afterApproval) {

    /** Copies the lines and refuses missing parts. */
    public PlacedOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(reference, "reference");
        lines = List.copyOf(lines);
        Objects.requireNonNull(netTotal, "netTotal");
        Objects.requireNonNull(placedAt, "placedAt");
    }
}

package org.accountkit.spi;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.orders.DeliveryStatus;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.OrderedLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * An order as the ERP reported it, as stored.
 *
 * @param customerNumber its customer number
 * @param erpOrderNumber the ERP's order number, unique within the customer number
 * @param channel        where it came in
 * @param orderRequest   the webshop order it confirms, or {@code null} for other channels
 * @param requester      who ordered it in the webshop, or {@code null}
 * @param reference      the customer's reference, may be empty
 * @param orderedAt      when it was ordered
 * @param lines          its lines, numbered 1, 2, ... in order, all in one currency
 * @param bookedPeriod   the budget period its total was booked in on the requester's budget, or {@code null}
 * @param version        the stored version it was loaded at; 0 for a new order
 */
public record SalesOrderSnapshot(CustomerNumber customerNumber, String erpOrderNumber, OrderChannel channel,
        OrderRequestId orderRequest, UserId requester, String reference, Instant orderedAt, List<OrderedLine> lines,
        CalendarPeriod bookedPeriod, long version) {

    /**
     * Refuses missing parts, lines out of number and mixed currencies.
     *
     * @throws IllegalArgumentException when the lines are not numbered 1, 2, ... or mix currencies
     */
    public SalesOrderSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(erpOrderNumber, "erpOrderNumber");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(orderedAt, "orderedAt");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order " + erpOrderNumber + " has no lines");
        }
        Currency currency = lines.get(0).unitNetPrice().currency();
        for (int index = 0; index < lines.size(); index++) {
            OrderedLine line = lines.get(index);
            if (line.lineNumber() != index + 1 || !line.unitNetPrice().currency().equals(currency)) {
                throw new IllegalArgumentException("order " + erpOrderNumber + ": line " + line.lineNumber()
                        + " is out of number or in another currency");
            }
        }
    }

    /** The order's currency. */
    public Currency currency() {
        return lines.get(0).unitNetPrice().currency();
    }

    /** How far it is delivered. */
    public DeliveryStatus status() {
        return DeliveryStatus.of(lines);
    }

    /** What was ordered, excluding VAT. */
    public Money netTotal() {
        Money total = Money.zero(currency());
        for (OrderedLine line : lines) {
            total = total.plus(line.netTotal());
        }
        return total;
    }

    /** The order as the order overview lists it. */
    public OrderSummary summary() {
        return new OrderSummary(erpOrderNumber, channel, Optional.ofNullable(orderRequest),
                Optional.ofNullable(requester), reference, orderedAt, status(), netTotal());
    }

    /** This order with other lines, at the same version. */
    public SalesOrderSnapshot withLines(List<OrderedLine> changed) {
        return new SalesOrderSnapshot(customerNumber, erpOrderNumber, channel, orderRequest, requester, reference,
                orderedAt, changed, bookedPeriod, version);
    }

    /** This order at another version, as a store hands it back. */
    public SalesOrderSnapshot atVersion(long stored) {
        return new SalesOrderSnapshot(customerNumber, erpOrderNumber, channel, orderRequest, requester, reference,
                orderedAt, lines, bookedPeriod, stored);
    }
}

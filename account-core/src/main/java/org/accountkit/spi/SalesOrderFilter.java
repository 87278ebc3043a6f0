package org.accountkit.spi;

import java.time.Instant;
import java.util.Set;

import org.accountkit.orders.DeliveryStatus;
import org.accountkit.shared.UserId;

/**
 * Which orders of a customer number an overview asks for; every part but the statuses may be {@code null}.
 *
 * @param requester      only this requester's orders
 * @param from           ordered at or after
 * @param until          ordered before
 * @param statuses       only these statuses; empty for all
 * @param reference      only this exact reference
 * @param erpOrderNumber only this order
 */
public record SalesOrderFilter(UserId requester, Instant from, Instant until, Set<DeliveryStatus> statuses,
        String reference, String erpOrderNumber) {

    /** Copies the statuses. */
    public SalesOrderFilter {
        statuses = Set.copyOf(statuses);
    }

    /** Every order of the customer number. */
    public static SalesOrderFilter all() {
        return new SalesOrderFilter(null, null, null, Set.of(), null, null);
    }

    /** This filter for {@code requester}'s orders only. */
    public SalesOrderFilter of(UserId onlyOf) {
        return new SalesOrderFilter(onlyOf, from, until, statuses, reference, erpOrderNumber);
    }

    /** Whether {@code order} matches. */
    public boolean matches(SalesOrderSnapshot order) {
        return (requester == null || requester.equals(order.requester()))
                && (from == null || !order.orderedAt().isBefore(from))
                && (until == null || order.orderedAt().isBefore(until))
                && (statuses.isEmpty() || statuses.contains(order.status()))
                && (reference == null || reference.equals(order.reference()))
                && (erpOrderNumber == null || erpOrderNumber.equals(order.erpOrderNumber()));
    }
}

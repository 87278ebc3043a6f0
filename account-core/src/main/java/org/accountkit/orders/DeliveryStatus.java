package org.accountkit.orders;

import java.util.List;

/** How far an order is delivered, worked out from its lines. */
public enum DeliveryStatus {
    /** Nothing delivered yet, and something still to deliver. */
    OPEN,
    /** Some delivered, some still to deliver. */
    PARTLY_DELIVERED,
    /** Nothing left to deliver, and something was delivered. */
    DELIVERED,
    /** Nothing left to deliver, and nothing was: every line was cancelled. */
    CANCELLED;

    /** The status of an order with these lines. */
    public static DeliveryStatus of(List<OrderedLine> lines) {
        boolean open = false;
        boolean delivered = false;
        for (OrderedLine line : lines) {
            open |= line.isOpen();
            delivered |= line.delivered() > 0;
        }
        if (open) {
            return delivered ? PARTLY_DELIVERED : OPEN;
        }
        return delivered ? DELIVERED : CANCELLED;
    }
}

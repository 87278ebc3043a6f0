package org.accountkit.approval;

import java.util.EnumSet;
import java.util.Set;

/** Where an order request stands. */
public enum OrderStatus {
    /** Placed at once: no rule asked for approval. */
    PLACED,
    /** Waiting for approval ("goed te keuren"). */
    AWAITING_APPROVAL,
    /** Approved and placed. */
    APPROVED,
    /** Rejected, with a reason ("afgewezen"). */
    REJECTED,
    /** Withdrawn by the requester while it waited. */
    WITHDRAWN,
    /** Nobody decided in time. */
    EXPIRED;

    /** The statuses of placed orders: what the order overview shows. */
    public static Set<OrderStatus> placed() {
        return EnumSet.of(PLACED, APPROVED);
    }

    /** Whether the request still waits for a decision. */
    public boolean isWaiting() {
        return this == AWAITING_APPROVAL;
    }
}

package org.accountkit.approval;

import java.time.Instant;

import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An approver rejected an order.
 *
 * @param order        the order request
 * @param decidedBy    who decided
 * @param onBehalfOf   the absent approver they stood in for, or {@code null}
 * @param reason       why it was rejected
 * @param occurredAt when, from the injected clock
 */
public record OrderRejected(OrderRequestId order, UserId decidedBy, UserId onBehalfOf, String reason, Instant occurredAt)
        implements DomainEvent {
}

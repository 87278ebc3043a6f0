package org.accountkit.approval;

import java.time.Instant;

import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * The requester withdrew a waiting order.
 *
 * @param order        the order request
 * @param requester    who submitted it
 * @param occurredAt when, from the injected clock
 */
public record OrderWithdrawn(OrderRequestId order, UserId requester, Instant occurredAt) implements DomainEvent {
}

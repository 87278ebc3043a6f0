package org.accountkit.approval;

import java.time.Instant;

import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * Nobody decided on an order in time.
 *
 * @param order        the order request
 * @param requester    who submitted it
 * @param occurredAt when, from the injected clock
 */
public record OrderExpired(OrderRequestId order, UserId requester, Instant occurredAt) implements DomainEvent {
}

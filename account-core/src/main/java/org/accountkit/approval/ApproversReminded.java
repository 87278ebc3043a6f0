package org.accountkit.approval;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * The approvers were reminded of a waiting order.
 *
 * @param order        the order request
 * @param occurredAt when, from the injected clock
 */
public record ApproversReminded(OrderRequestId order, Instant occurredAt) implements DomainEvent {
}

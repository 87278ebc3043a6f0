package org.accountkit.approval;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/**
 * A waiting order was escalated to the other approvers.
 *
 * @param order        the order request
 * @param occurredAt when, from the injected clock
 */
public record ApprovalEscalated(OrderRequestId order, Instant occurredAt) implements DomainEvent {
}

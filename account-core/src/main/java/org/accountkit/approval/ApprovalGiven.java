package org.accountkit.approval;

import java.time.Instant;

import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An approver approved one tier of an order (the last tier places it, see OrderApproved).
 *
 * @param order        the order request
 * @param tier         which approval this was, 1 for the first
 * @param decidedBy    who decided
 * @param onBehalfOf   the absent approver they stood in for, or {@code null}
 * @param occurredAt when, from the injected clock
 */
public record ApprovalGiven(OrderRequestId order, int tier, UserId decidedBy, UserId onBehalfOf, Instant occurredAt)
        implements DomainEvent {
}

package org.accountkit.approval;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order was approved by every tier it needed and is placed.
 *
 * @param order        the order request
 * @param customerNumber its customer number
 * @param requester    who submitted it
 * @param netTotal     its total excluding VAT
 * @param occurredAt when, from the injected clock
 */
public record OrderApproved(OrderRequestId order, CustomerNumber customerNumber, UserId requester, Money netTotal, Instant occurredAt)
        implements DomainEvent {
}

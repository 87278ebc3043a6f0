package org.accountkit.approval;

import java.time.Instant;
import java.util.Set;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An order waits for approval.
 *
 * @param order        the order request
 * @param customerNumber its customer number
 * @param requester    who submitted it
 * @param netTotal     its total excluding VAT
 * @param reasons      the rules that asked for approval
 * @param occurredAt when, from the injected clock
 */
public record OrderAwaitingApproval(OrderRequestId order, CustomerNumber customerNumber, UserId requester, Money netTotal, Set<ApprovalReason> reasons, Instant occurredAt)
        implements DomainEvent {
}

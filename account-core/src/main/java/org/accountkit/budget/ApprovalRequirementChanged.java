package org.accountkit.budget;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator marked whether every order of a user needs approval.
 *
 * @param customerNumber          the user's customer number
 * @param user                    the user
 * @param everyOrderNeedsApproval whether every order waits for approval now
 * @param occurredAt              when, from the injected clock
 */
public record ApprovalRequirementChanged(CustomerNumber customerNumber, UserId user,
        boolean everyOrderNeedsApproval, Instant occurredAt) implements DomainEvent {
}

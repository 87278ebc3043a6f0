package org.accountkit.budget;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator set or changed a user's budget.
 *
 * @param customerNumber the user's customer number
 * @param user           the user
 * @param limit          the budget
 * @param occurredAt     when, from the injected clock
 */
public record BudgetSet(CustomerNumber customerNumber, UserId user, BudgetLimit limit, Instant occurredAt) implements DomainEvent {
}

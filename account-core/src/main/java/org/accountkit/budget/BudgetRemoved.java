package org.accountkit.budget;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator took a user's budget away; reservations of waiting orders stay until decided.
 *
 * @param customerNumber the user's customer number
 * @param user           the user
 * @param occurredAt     when, from the injected clock
 */
public record BudgetRemoved(CustomerNumber customerNumber, UserId user, Instant occurredAt) implements DomainEvent {
}

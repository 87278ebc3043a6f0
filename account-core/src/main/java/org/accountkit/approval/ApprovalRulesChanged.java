package org.accountkit.approval;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator changed the customer number's approval rules.
 *
 * @param customerNumber the customer number
 * @param occurredAt     when, from the injected clock
 */
public record ApprovalRulesChanged(CustomerNumber customerNumber, Instant occurredAt) implements DomainEvent {
}

package org.accountkit.service;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * A service case was registered.
 *
 * @param customerNumber the customer number
 * @param serviceCase    the case
 * @param occurredAt     when
 */
public record ServiceCaseRegistered(CustomerNumber customerNumber, ServiceCase serviceCase, Instant occurredAt)
        implements DomainEvent {
}

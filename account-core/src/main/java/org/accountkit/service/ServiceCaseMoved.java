package org.accountkit.service;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * A service case moved on: received, resolved, refused or withdrawn.
 *
 * @param customerNumber the customer number
 * @param serviceCase    the case as it stands now
 * @param occurredAt     when
 */
public record ServiceCaseMoved(CustomerNumber customerNumber, ServiceCase serviceCase, Instant occurredAt)
        implements DomainEvent {
}

package org.accountkit.service;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * A night-delivery customer asked for return stickers or registered crates for pick-up.
 *
 * @param customerNumber the customer number
 * @param request        the request
 * @param occurredAt     when
 */
public record ServiceRequested(CustomerNumber customerNumber, ServiceRequest request,
        Instant occurredAt) implements DomainEvent {
}

package org.accountkit.service;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * Customer service handled a sticker or crate request.
 *
 * @param customerNumber the customer number
 * @param request        the request, fulfilled
 * @param occurredAt     when
 */
public record ServiceRequestFulfilled(CustomerNumber customerNumber, ServiceRequest request,
        Instant occurredAt) implements DomainEvent {
}

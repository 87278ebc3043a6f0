package org.accountkit.service;

import java.time.Instant;

import org.accountkit.address.AddressId;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * Night delivery started, or changed its address or access instructions.
 *
 * @param customerNumber the customer number
 * @param address        the delivery address
 * @param changed        whether it was active already (a change) rather than started
 * @param occurredAt     when
 */
public record NightDeliveryStarted(CustomerNumber customerNumber, AddressId address, boolean changed,
        Instant occurredAt) implements DomainEvent {
}

package org.accountkit.service;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * Night delivery was cancelled; its pending sticker and crate requests ended with it.
 *
 * @param customerNumber  the customer number
 * @param endedRequests   how many pending requests ended
 * @param occurredAt      when
 */
public record NightDeliveryCancelled(CustomerNumber customerNumber, int endedRequests,
        Instant occurredAt) implements DomainEvent {
}

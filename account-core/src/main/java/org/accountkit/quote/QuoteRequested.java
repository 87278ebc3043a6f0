package org.accountkit.quote;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * A quote was requested.
 *
 * @param customerNumber the customer number
 * @param quote          the quote
 * @param occurredAt     when
 */
public record QuoteRequested(CustomerNumber customerNumber, Quote quote, Instant occurredAt)
        implements DomainEvent {
}

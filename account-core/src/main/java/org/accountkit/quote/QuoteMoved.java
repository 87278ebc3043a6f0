package org.accountkit.quote;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * A quote took a step: answered, declined, withdrawn or ordered; {@link Quote#status()} says which.
 *
 * @param customerNumber the customer number
 * @param quote          the quote after the step
 * @param occurredAt     when
 */
public record QuoteMoved(CustomerNumber customerNumber, Quote quote, Instant occurredAt)
        implements DomainEvent {
}

package org.accountkit.spi;

import java.util.Objects;

import org.accountkit.quote.Quote;
import org.accountkit.quote.QuoteStatus;
import org.accountkit.shared.CustomerNumber;

/**
 * A quote as stored: its status is never {@link QuoteStatus#EXPIRED}, which is derived from the clock when read.
 *
 * @param customerNumber its customer number
 * @param quote          the quote
 * @param version        the stored version it was loaded at; 0 for a new quote
 */
public record QuoteSnapshot(CustomerNumber customerNumber, Quote quote, long version) {

    /** Refuses missing parts and a stored expiry. */
    public QuoteSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(quote, "quote");
        if (quote.status() == QuoteStatus.EXPIRED) {
            throw new IllegalArgumentException("expiry is derived, never stored: " + quote.quoteNumber());
        }
    }
}

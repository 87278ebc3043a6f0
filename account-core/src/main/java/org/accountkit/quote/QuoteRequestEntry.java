package org.accountkit.quote;

import java.util.Objects;

import org.accountkit.shared.CustomerNumber;

/**
 * A quote in customer service's queue, with the customer number it belongs to.
 *
 * @param customerNumber the customer number
 * @param quote          the quote
 */
public record QuoteRequestEntry(CustomerNumber customerNumber, Quote quote) {

    /** Refuses missing parts. */
    public QuoteRequestEntry {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(quote, "quote");
    }
}

package org.accountkit.quote;

/** Where a quote stands. */
public enum QuoteStatus {
    /** Requested by the customer, waiting for customer service ("open"). */
    REQUESTED,
    /** Answered with a price per line, valid until a date; may be ordered once while valid. */
    ANSWERED,
    /** Ordered at the quoted prices. */
    ORDERED,
    /** Customer service declined it, with a reason. */
    DECLINED,
    /** The customer withdrew it. */
    WITHDRAWN,
    /** Answered, but its validity has passed: derived from the clock, never stored. */
    EXPIRED
}

package org.accountkit.pricing;

/** Which prices a user sees beside an article. */
public enum ShownPrices {
    /** Only the list (gross) price. */
    GROSS,
    /** Only the customer's own (net) price. */
    NET,
    /** Both, the default. */
    BOTH
}

package org.accountkit.pricing;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a user wants prices shown ("prijsinstellingen"): with or without VAT, and gross, net or both prices.
 *
 * @param vat    with or without VAT
 * @param prices which prices
 */
@ValueObject
public record PriceDisplay(VatDisplay vat, ShownPrices prices) {

    /** Refuses missing parts. */
    public PriceDisplay {
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(prices, "prices");
    }

    /** What a new user gets: excluding VAT, both prices. */
    public static PriceDisplay defaults() {
        return new PriceDisplay(VatDisplay.EXCLUDING_VAT, ShownPrices.BOTH);
    }
}

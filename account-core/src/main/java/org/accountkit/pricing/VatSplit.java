package org.accountkit.pricing;

import java.math.BigDecimal;
import java.util.Objects;

import org.accountkit.shared.Money;

/**
 * The VAT of a cart at one rate.
 *
 * @param vatRate the rate in percent
 * @param base    the lines at that rate, excluding VAT
 * @param vat     the VAT on them: the sum of the lines' VAT, so that the split adds up to the shown lines
 */
public record VatSplit(BigDecimal vatRate, Money base, Money vat) {

    /** Refuses missing parts. */
    public VatSplit {
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(vat, "vat");
    }
}

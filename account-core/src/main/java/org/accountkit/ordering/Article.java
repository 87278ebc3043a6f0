package org.accountkit.ordering;

import java.math.BigDecimal;
import java.util.Objects;

import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An article as the catalog prices it for a customer.
 *
 * @param number       the article number
 * @param description  what it is
 * @param unitNetPrice the customer's own price per unit, excluding VAT
 * @param vatRate      the VAT rate in percent, e.g. {@code 21}
 */
@ValueObject
public record Article(String number, String description, Money unitNetPrice, BigDecimal vatRate) {

    /** Refuses missing parts and negative prices or rates. */
    public Article {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitNetPrice, "unitNetPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        if (unitNetPrice.isNegative() || vatRate.signum() < 0) {
            throw new IllegalArgumentException("prices and VAT rates are not negative");
        }
    }
}

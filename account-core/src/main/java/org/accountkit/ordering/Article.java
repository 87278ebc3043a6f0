package org.accountkit.ordering;

import java.math.BigDecimal;
import java.util.Objects;

import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An article as the catalog prices it for a customer.
 *
 * @param number         the article number
 * @param description    what it is
 * @param unitNetPrice   the customer's own price per unit, excluding VAT: what an order is charged
 * @param vatRate        the VAT rate in percent, e.g. {@code 21}
 * @param unitGrossPrice the list (gross) price per unit, excluding VAT, in the same currency: shown beside the net
 *                       price to users who want to see both
 */
@ValueObject
public record Article(String number, String description, Money unitNetPrice, BigDecimal vatRate,
        Money unitGrossPrice) {

    /** Refuses missing parts, negative prices or rates, and a gross price in another currency. */
    public Article {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitNetPrice, "unitNetPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(unitGrossPrice, "unitGrossPrice");
        if (unitNetPrice.isNegative() || unitGrossPrice.isNegative() || vatRate.signum() < 0) {
            throw new IllegalArgumentException("prices and VAT rates are not negative");
        }
        if (!unitGrossPrice.inSameCurrencyAs(unitNetPrice)) {
            throw new IllegalArgumentException("gross and net price of " + number + " differ in currency");
        }
    }

    /** An article whose customer pays the list price: gross equals net. */
    public Article(String number, String description, Money unitNetPrice, BigDecimal vatRate) {
        this(number, description, unitNetPrice, vatRate, unitNetPrice);
    }
}

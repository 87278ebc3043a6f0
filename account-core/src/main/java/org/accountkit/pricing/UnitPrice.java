package org.accountkit.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A price per unit as a catalog or a quote gives it: up to four decimals (a screw at EUR 0.0375), in a currency. What
 * a user sees is rounded to cents only when it is shown.
 *
 * @param amount   the price, not negative, at most 10^12, kept to four decimals (half-up)
 * @param currency its currency
 */
@ValueObject
public record UnitPrice(BigDecimal amount, Currency currency) {

    /** The largest price per unit. */
    public static final BigDecimal LARGEST = new BigDecimal("1000000000000");

    /**
     * Keeps four decimals and refuses what no catalog means.
     *
     * @throws IllegalArgumentException when the amount is negative or above {@link #LARGEST}
     */
    public UnitPrice {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0 || amount.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException("a unit price is between 0 and " + LARGEST + ": " + amount);
        }
        amount = amount.setScale(4, RoundingMode.HALF_UP);
    }

    /** A price in euro, e.g. {@code UnitPrice.euro("0.0375")}. */
    public static UnitPrice euro(String amount) {
        return new UnitPrice(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    /** This price as stored money: rounded half-up to cents. */
    public org.accountkit.shared.Money toMoney() {
        return new org.accountkit.shared.Money(amount, currency);
    }

    /** The price of a {@link org.accountkit.shared.Money} amount, to the cent. */
    public static UnitPrice of(org.accountkit.shared.Money money) {
        return new UnitPrice(money.amount(), money.currency());
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}

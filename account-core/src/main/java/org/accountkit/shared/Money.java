package org.accountkit.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money in cents precision: {@link BigDecimal} with two decimals, rounded half-up, and a currency.
 * Arithmetic across currencies is refused.
 *
 * @param amount   the amount, scaled to two decimals
 * @param currency the currency
 */
@ValueObject
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Scales the amount to cents, half-up. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** An amount in euro, e.g. {@code Money.euro("12.50")}. */
    public static Money euro(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    /** Zero with two decimals: the amount of nothing, as every amount here is scaled. */
    public static final BigDecimal NO_AMOUNT = BigDecimal.ZERO.setScale(2);

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** This plus {@code other}. */
    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    /** This minus {@code other}; may be negative. */
    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** This times {@code factor}, rounded half-up to cents. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** This, or zero when this is negative. */
    public Money atLeastZero() {
        return amount.signum() < 0 ? zero(currency) : this;
    }

    /** Whether this is more than {@code other}. */
    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    /** Whether this is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether {@code other} is in this currency. */
    public boolean inSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    /**
     * @throws IllegalArgumentException when the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }
}

package org.accountkit.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount of money in cents precision: {@link BigDecimal} with two decimals, rounded half-up, and a currency.
 * Arithmetic across currencies is refused; an amount never changes or invents its currency.
 *
 * <p>Amounts that AccountKit stores (budgets, thresholds, order totals) are at most {@link #LARGEST_STORED}, and
 * commands are checked against that with {@link ValidAmount}. An amount itself may be larger, so that sums can be
 * worked out, but not absurdly so: more than {@value #MAX_INTEGER_DIGITS} digits before the decimal point is
 * refused, before any arithmetic is attempted on it.
 *
 * @param amount   the amount, scaled to two decimals
 * @param currency the currency
 */
@ValueObject
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The most digits before the decimal point an amount may have. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** The largest amount AccountKit stores: 13 digits before the decimal point and two after (DECIMAL(15,2)). */
    public static final BigDecimal LARGEST_STORED = new BigDecimal("9999999999999.99");

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal ZERO_CENTS = BigDecimal.ZERO.setScale(2);

    /**
     * Scales the amount to cents, half-up.
     *
     * @throws IllegalArgumentException when the amount has more than {@value #MAX_INTEGER_DIGITS} digits before the
     *                                  decimal point
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = cents(amount);
    }

    /** An amount in euro, e.g. {@code Money.euro("12.50")}. */
    public static Money euro(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("EUR"));
    }

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(ZERO_CENTS, currency);
    }

    /** Whether the amount fits what AccountKit stores: between minus and plus {@link #LARGEST_STORED}. */
    public boolean isStorable() {
        return amount.abs().compareTo(LARGEST_STORED) <= 0;
    }

    /** This plus {@code other}. */
    public Money plus(Money other) {
        // both in cents: adding zero gives the other amount exactly, without a new one (ledgers add zeros often)
        if (same(other).amount.signum() == 0) {
            return this;
        }
        return amount.signum() == 0 ? other : new Money(amount.add(other.amount), currency);
    }

    /** This minus {@code other}; may be negative. */
    public Money minus(Money other) {
        return same(other).amount.signum() == 0 ? this : new Money(amount.subtract(other.amount), currency);
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

    /** Whether this is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
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

    /** The amount in cents; refuses absurd magnitudes before scaling, which could take unbounded time. */
    private static BigDecimal cents(BigDecimal amount) {
        if (amount.scale() == 2) {
            if (amount.precision() - 2 > MAX_INTEGER_DIGITS) {
                throw new IllegalArgumentException("an amount has at most " + MAX_INTEGER_DIGITS + " digits");
            }
            return amount;
        }
        if (amount.signum() == 0) {
            return ZERO_CENTS;
        }
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("an amount has at most " + MAX_INTEGER_DIGITS + " digits");
        }
        if (amount.scale() > 2 && amount.abs().compareTo(HALF_CENT) < 0) {
            return ZERO_CENTS;
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}

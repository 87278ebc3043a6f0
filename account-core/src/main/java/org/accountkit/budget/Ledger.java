package org.accountkit.budget;

import java.util.Currency;
import java.util.Objects;

import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A user's budget ledger: what was spent in one calendar period, and what orders waiting for approval reserve. It
 * runs in one currency, the budget's, from the moment a budget is first set; before that there is no ledger, and
 * no amount is ever shown in a currency nobody chose.
 *
 * <p>Spent belongs to {@link #period()}; asked about a later period, the ledger answers zero, so periods roll over
 * without a job. Per-order budgets keep no spent amount. Reserved is not per period: a waiting order keeps its
 * reservation until it is decided, withdrawn or expires. Neither amount is ever below zero: a release larger than
 * what is reserved is refused, never absorbed.
 *
 * @param period   the period {@code spent} belongs to, or {@code null} when nothing was spent in one yet
 * @param spent    placed orders in {@code period}
 * @param reserved orders waiting for approval
 */
@ValueObject
public record Ledger(CalendarPeriod period, Money spent, Money reserved) {

    /**
     * @throws IllegalArgumentException when an amount is negative or the amounts are in different currencies
     */
    public Ledger {
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(reserved, "reserved");
        if (!spent.inSameCurrencyAs(reserved)) {
            throw new IllegalArgumentException("a ledger runs in one currency");
        }
        if (spent.isNegative() || reserved.isNegative()) {
            throw new IllegalArgumentException("a ledger is never below zero");
        }
    }

    /** A ledger in {@code currency} with nothing spent or reserved. */
    public static Ledger empty(Currency currency) {
        Money zero = Money.zero(currency);
        return new Ledger(null, zero, zero);
    }

    /** The ledger's currency. */
    public Currency currency() {
        return spent.currency();
    }

    /** Spent in {@code current}: zero once the stored period is over, and without a calendar period. */
    public Money spentIn(CalendarPeriod current) {
        return current != null && current.equals(period) ? spent : Money.zero(currency());
    }

    /** Spent in {@code current} and reserved together: what an order must fit beside. */
    public Money committedIn(CalendarPeriod current) {
        return spentIn(current).plus(reserved);
    }

    /**
     * This ledger with {@code amount} booked as spent in {@code current}; without a calendar period (a per-order
     * budget) spent is not kept and the ledger is unchanged.
     *
     * @throws IllegalArgumentException when the amount is in another currency
     */
    public Ledger book(Money amount, CalendarPeriod current) {
        requireOwn(amount);
        if (current == null) {
            return this;
        }
        return new Ledger(current, spentIn(current).plus(amount), reserved);
    }

    /**
     * This ledger with {@code amount} reserved as well.
     *
     * @throws IllegalArgumentException when the amount is in another currency
     */
    public Ledger reserve(Money amount) {
        requireOwn(amount);
        return new Ledger(period, spent, reserved.plus(amount));
    }

    /**
     * This ledger with a reservation of {@code amount} released.
     *
     * @throws IllegalArgumentException when the amount is in another currency
     * @throws IllegalStateException    when more would be released than is reserved
     */
    public Ledger release(Money amount) {
        requireOwn(amount);
        if (amount.isMoreThan(reserved)) {
            throw new IllegalStateException("cannot release " + amount + ": only " + reserved + " is reserved");
        }
        return new Ledger(period, spent, reserved.minus(amount));
    }

    /**
     * This ledger with {@code amount} taken off what was spent in {@code bookedIn} (a cancelled order line), never
     * below zero; unchanged once the ledger counts another period, or without a calendar period.
     *
     * @throws IllegalArgumentException when the amount is in another currency or negative
     */
    public Ledger credit(Money amount, CalendarPeriod bookedIn) {
        requireOwn(amount);
        if (bookedIn == null || !bookedIn.equals(period)) {
            return this;
        }
        Money credited = amount.isMoreThan(spent) ? spent : amount;
        return new Ledger(period, spent.minus(credited), reserved);
    }

    private void requireOwn(Money amount) {
        if (amount.isNegative() || !amount.currency().equals(currency())) {
            throw new IllegalArgumentException("the ledger runs in " + currency() + ", not " + amount);
        }
    }
}

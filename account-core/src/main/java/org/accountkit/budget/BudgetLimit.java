package org.accountkit.budget;

import java.util.Objects;

import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How much a user may spend per period before orders need approval.
 *
 * @param amount the limit, more than zero
 * @param period the period it applies to
 */
@ValueObject
public record BudgetLimit(Money amount, BudgetPeriod period) {

    /**
     * @throws IllegalArgumentException when the amount is not more than zero
     */
    public BudgetLimit {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(period, "period");
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a budget is more than zero");
        }
    }
}

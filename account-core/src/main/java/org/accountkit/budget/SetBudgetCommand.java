package org.accountkit.budget;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.shared.ValidAmount;

/**
 * Gives a user a budget.
 *
 * @param user   the user
 * @param amount the amount per period, from 0.01 to {@link Money#LARGEST_STORED}
 * @param period per order, month, quarter or year
 */
public record SetBudgetCommand(@NotNull UserId user, @NotNull @ValidAmount(min = "0.01") Money amount,
        @NotNull BudgetPeriod period) {
}

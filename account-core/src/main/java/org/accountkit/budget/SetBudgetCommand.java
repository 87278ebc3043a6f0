package org.accountkit.budget;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.UserId;

/**
 * Gives a user a budget.
 *
 * @param user     the user
 * @param amount   the amount per period, more than zero
 * @param currency its currency
 * @param period   per order, month, quarter or year
 */
public record SetBudgetCommand(@NotNull UserId user,
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull Currency currency, @NotNull BudgetPeriod period) {
}

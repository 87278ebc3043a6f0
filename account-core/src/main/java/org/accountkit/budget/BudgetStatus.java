package org.accountkit.budget;

import java.util.Optional;

import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * Where a user's budget stands now.
 *
 * @param user                    the user
 * @param limit                   the budget, if any
 * @param period                  the key of the current period, e.g. {@code 2026-03}
 * @param spent                   placed orders in the current period
 * @param reserved                orders waiting for approval
 * @param remaining               what may still be spent without approval, never below zero; empty without budget
 * @param everyOrderNeedsApproval whether every order waits for approval anyway
 */
public record BudgetStatus(UserId user, Optional<BudgetLimit> limit, String period, Money spent, Money reserved,
        Optional<Money> remaining, boolean everyOrderNeedsApproval) {
}

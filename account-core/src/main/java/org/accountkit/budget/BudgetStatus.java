package org.accountkit.budget;

import java.util.Optional;

import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * Where a user's budget stands now. Without a budget ever set there is no ledger, and no amounts are shown.
 *
 * @param user                    the user
 * @param limit                   the budget, if any
 * @param period                  the current calendar period, e.g. March 2026; empty without a budget and for a
 *                                per-order budget
 * @param spent                   placed orders in the current period, in the ledger's currency
 * @param reserved                orders waiting for approval, in the ledger's currency
 * @param remaining               what may still be spent without approval, never below zero; empty without budget
 * @param everyOrderNeedsApproval whether every order waits for approval anyway
 */
public record BudgetStatus(UserId user, Optional<BudgetLimit> limit, Optional<CalendarPeriod> period,
        Optional<Money> spent, Optional<Money> reserved, Optional<Money> remaining, boolean everyOrderNeedsApproval) {
}

package org.accountkit.spi;

import java.util.Objects;

import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.Ledger;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;

/**
 * A user's budget settings and ledger as stored.
 *
 * @param customerNumber          the user's customer number
 * @param user                    the user
 * @param limit                   the budget, or {@code null} when none is set
 * @param everyOrderNeedsApproval whether every order of the user waits for approval
 * @param ledger                  spent and reserved, or {@code null} before a budget was ever set
 * @param version                 the stored version of the settings it was loaded at; 0 for new settings. It
 *                                moves when the settings change, and when the user or the customer number's approval
 *                                rules do; orders change the ledger without changing it.
 */
public record BudgetSnapshot(CustomerNumber customerNumber, UserId user, BudgetLimit limit,
        boolean everyOrderNeedsApproval, Ledger ledger, long version) {

    /**
     * @throws IllegalArgumentException when the ledger runs in another currency than the budget
     */
    public BudgetSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(user, "user");
        if (limit != null && (ledger == null || !ledger.currency().equals(limit.amount().currency()))) {
            throw new IllegalArgumentException("the ledger runs in the budget's currency");
        }
    }

    /** These settings with another ledger, at the same version. */
    public BudgetSnapshot withLedger(Ledger newLedger) {
        return new BudgetSnapshot(customerNumber, user, limit, everyOrderNeedsApproval, newLedger, version);
    }
}

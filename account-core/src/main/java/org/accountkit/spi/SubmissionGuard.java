package org.accountkit.spi;

import java.util.Objects;

import org.accountkit.budget.CalendarPeriod;
import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a submission assumed when AccountKit applied the rules, for the adapter to check in the same atomic step that
 * stores the order and changes the ledger. When any assumption no longer holds, the adapter stores nothing and
 * answers {@link WriteOutcome#ASSUMPTION_CHANGED}; AccountKit then reads again and decides again. This is what lets
 * AccountKit decide on a recently read context without ever acting on a stale one, and what keeps a budget from
 * being overspent by orders submitted at the same moment on several servers.
 *
 * <p>The adapter checks:
 * <ul>
 *   <li>when the requester had budget settings: they are still at {@link #budgetVersion()}. That version also moves
 *       whenever the requester or the customer number's approval rules change ({@link AccountUsers#update},
 *       {@link ApprovalPolicies#save}), so it stands for all three;</li>
 *   <li>when the requester had none ({@link #NO_BUDGET}): there are still none, the requester is still stored at
 *       {@link #userVersion()} and the rules at {@link #policyVersion()} (0 when never configured);</li>
 *   <li>when {@link #mostCommitted()} is set: what the ledger holds now for {@link #period()}, spent and reserved
 *       together ({@code Ledger.committedIn}), is at most that amount, so that the order still fits.</li>
 * </ul>
 * Storing a placed order then books its total on the ledger in {@link #period()} when {@link #book()}; storing a
 * waiting order reserves its {@link OrderRequestSnapshot#reserved() reservation}.
 *
 * @param userVersion   the requester's version as read
 * @param policyVersion the approval rules' version as read, 0 for rules never configured
 * @param budgetVersion the budget settings' version as read, or {@link #NO_BUDGET}
 * @param period        the budget's current calendar period, or {@code null} without one
 * @param mostCommitted the most the ledger may hold for the order to fit, or {@code null} when the budget does not
 *                      limit this order
 * @param book          whether placing the order books its total on the ledger
 */
@ValueObject
public record SubmissionGuard(long userVersion, long policyVersion, long budgetVersion, CalendarPeriod period,
        Money mostCommitted, boolean book) {

    /** The requester had no budget settings. */
    public static final long NO_BUDGET = -1;

    /** Refuses a ledger change without budget settings. */
    public SubmissionGuard {
        if (budgetVersion == NO_BUDGET && (mostCommitted != null || book)) {
            throw new IllegalArgumentException("without budget settings there is no ledger to check or book");
        }
    }

    /** Whether the requester had budget settings. */
    public boolean hasBudget() {
        return budgetVersion != NO_BUDGET;
    }

    /** Whether {@code committed}, what the ledger holds now for the period, still lets the order fit. */
    public boolean fits(Money committed) {
        return mostCommitted == null || !Objects.requireNonNull(committed, "committed").isMoreThan(mostCommitted);
    }
}

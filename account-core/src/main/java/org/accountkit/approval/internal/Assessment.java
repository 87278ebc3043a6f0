package org.accountkit.approval.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.accountkit.approval.ApprovalReason;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.internal.UserBudget;
import org.accountkit.shared.Money;
import org.accountkit.user.internal.AccountUser;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the approval rules say about an order of a given total by a given requester: which rules ask for approval
 * (none means it is placed at once) and how many approvers must approve.
 *
 * @param reasons           the rules that ask for approval
 * @param requiredApprovals how many approvers, one after the other
 * @param enforceBudget     whether the budget limits this requester (administrators order without budget)
 * @param mostCommitted     the most the requester's ledger may hold for the order to fit, or {@code null} when the
 *                          ledger does not limit it ({@link UserBudget#mostCommittedFor})
 */
@ValueObject
public record Assessment(Set<ApprovalReason> reasons, int requiredApprovals, boolean enforceBudget,
        Money mostCommitted) {

    /** Copies the reasons. */
    public Assessment {
        reasons = ApprovalReason.setOf(reasons);
    }

    /** An assessment whose ledger does not limit the order. */
    public Assessment(Set<ApprovalReason> reasons, int requiredApprovals, boolean enforceBudget) {
        this(reasons, requiredApprovals, enforceBudget, null);
    }

    /**
     * Applies the rules: the customer number's order-total threshold to everyone; to users who are not
     * administrators also "every order needs approval" and their budget for the current period.
     *
     * @param total         the order's total excluding VAT
     * @param requester     who orders
     * @param budget        the requester's budget settings, if any
     * @param policy        the customer number's rules
     * @param currentPeriod the budget's current period, or {@code null} without one
     */
    public static Assessment of(Money total, AccountUser requester, Optional<UserBudget> budget,
            ApprovalPolicy policy, CalendarPeriod currentPeriod) {
        EnumSet<ApprovalReason> reasons = null;
        boolean enforce = !requester.isAdministrator();
        Money mostCommitted = null;
        if (policy.isAboveThreshold(total)) {
            reasons = add(reasons, ApprovalReason.ORDER_TOTAL_THRESHOLD);
        }
        if (enforce && budget.isPresent()) {
            UserBudget settings = budget.get();
            if (settings.everyOrderNeedsApproval()) {
                reasons = add(reasons, ApprovalReason.EVERY_ORDER_NEEDS_APPROVAL);
            }
            mostCommitted = settings.mostCommittedFor(total, currentPeriod).orElse(null);
            if (settings.limit().isPresent() && !settings.tracks(total.currency())) {
                reasons = add(reasons, ApprovalReason.BUDGET_IN_OTHER_CURRENCY);
            } else if (!settings.fits(total, currentPeriod, mostCommitted)) {
                reasons = add(reasons, ApprovalReason.OVER_BUDGET);
            }
        }
        return new Assessment(reasons == null ? Set.of() : reasons, policy.approvalsNeededFor(total), enforce,
                mostCommitted);
    }

    private static EnumSet<ApprovalReason> add(EnumSet<ApprovalReason> reasons, ApprovalReason reason) {
        EnumSet<ApprovalReason> added = reasons == null ? EnumSet.noneOf(ApprovalReason.class) : reasons;
        added.add(reason);
        return added;
    }

    /** Whether the order waits for approval. */
    public boolean needsApproval() {
        return !reasons.isEmpty();
    }
}

package org.accountkit.approval;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.shared.Money;

/**
 * What submitting a cart would do, worked out without changing anything.
 *
 * @param netTotal             the cart's total excluding VAT
 * @param reasons              the rules that would ask for approval; empty when it would be placed at once
 * @param requiredApprovals    how many approvers would have to approve
 * @param budgetRemaining      what is left of the budget now, if the requester has one
 * @param budgetRemainingAfter what would be left after this order, never below zero, if the requester has one
 * @param approvers            who could approve it
 */
public record Explanation(Money netTotal, Set<ApprovalReason> reasons, int requiredApprovals,
        Optional<Money> budgetRemaining, Optional<Money> budgetRemainingAfter, List<Approver> approvers) {

    /** Copies the collections. */
    public Explanation {
        reasons = ApprovalReason.setOf(reasons);
        approvers = List.copyOf(approvers);
    }

    /** Whether the order would wait for approval. */
    public boolean wouldWait() {
        return !reasons.isEmpty();
    }
}

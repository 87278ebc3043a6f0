package org.accountkit.approval;

import java.util.List;
import java.util.Set;

import org.accountkit.shared.Money;

/** What became of a submitted order: placed at once, or waiting for approval. */
public sealed interface ApprovalOutcome permits ApprovalOutcome.PlacedDirectly, ApprovalOutcome.AwaitingApproval {

    /** The order request. */
    OrderRequestId order();

    /**
     * No rule asked for approval: the order is placed and handed to the host.
     *
     * @param order    the order
     * @param netTotal its total excluding VAT
     */
    record PlacedDirectly(OrderRequestId order, Money netTotal) implements ApprovalOutcome {
    }

    /**
     * The order waits for approval; the approvers were notified and the budget reserved its amount.
     *
     * @param order             the order request
     * @param netTotal          its total excluding VAT
     * @param reasons           which rules asked for approval
     * @param requiredApprovals how many approvers must approve, one after the other
     * @param approvers         who may decide now
     */
    record AwaitingApproval(OrderRequestId order, Money netTotal, Set<ApprovalReason> reasons,
            int requiredApprovals, List<Approver> approvers) implements ApprovalOutcome {

        /** Copies the collections. */
        public AwaitingApproval {
            reasons = ApprovalReason.setOf(reasons);
            approvers = List.copyOf(approvers);
        }
    }
}

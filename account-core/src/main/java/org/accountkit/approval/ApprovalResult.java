package org.accountkit.approval;

/** What an approval did: placed the order, or passed it to the next tier. */
public sealed interface ApprovalResult permits ApprovalResult.Placed, ApprovalResult.NextApproverNeeded {

    /** The order request. */
    OrderRequestId order();

    /**
     * Every tier approved: the order is placed, counts against the budget and is handed to the host.
     *
     * @param order the order
     */
    record Placed(OrderRequestId order) implements ApprovalResult {
    }

    /**
     * This tier approved; another approver must approve too.
     *
     * @param order          the order request
     * @param approvalsGiven approvals so far
     * @param required       approvals needed
     */
    record NextApproverNeeded(OrderRequestId order, int approvalsGiven, int required) implements ApprovalResult {
    }
}

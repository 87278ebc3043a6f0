package org.accountkit.approval;

/** Why an order waits for approval. */
public enum ApprovalReason {
    /** The order is more than what is left of the requester's budget. */
    OVER_BUDGET,
    /** The order is in another currency than the requester's budget, so the budget cannot vouch for it. */
    BUDGET_IN_OTHER_CURRENCY,
    /** The requester is marked "every order needs approval". */
    EVERY_ORDER_NEEDS_APPROVAL,
    /** The order total is above the customer number's threshold. */
    ORDER_TOTAL_THRESHOLD
}

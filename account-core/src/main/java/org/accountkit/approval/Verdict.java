package org.accountkit.approval;

/** What an approver decided. */
public enum Verdict {
    /** Approved (for one tier, or finally). */
    APPROVED,
    /** Rejected. */
    REJECTED
}

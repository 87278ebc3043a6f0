package org.accountkit.approval;

/** How far a waiting order's deadlines have run. */
public enum DeadlineStage {
    /** Nothing sent beyond the first notification. */
    NOTIFIED,
    /** The approvers were reminded. */
    REMINDED,
    /** The other approvers were asked too. */
    ESCALATED
}

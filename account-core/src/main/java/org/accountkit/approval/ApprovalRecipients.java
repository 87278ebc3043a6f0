package org.accountkit.approval;

/**
 * Who is told first that an order waits for approval, and reminded when it still waits: a rule each customer
 * number sets with {@link ConfigureApprovalRules}. When the rule names nobody who may decide on the order (no
 * plain approvers, say), the administrators are told. On escalation the approvers not told first are asked too.
 */
public enum ApprovalRecipients {
    /** The administrators only. */
    ADMINISTRATORS,
    /** The users who hold the right to approve orders without being administrators. */
    APPROVERS,
    /** Administrators and approvers alike: the default, as the seed's administrator gets the mail. */
    ADMINISTRATORS_AND_APPROVERS
}

package org.accountkit.audit;

/** What kind of change an {@link AuditRecord} records. */
public enum AuditAction {
    /** Customer service registered a customer number with its first administrator. */
    CUSTOMER_REGISTERED,
    /** Customer service changed the invoice address. */
    INVOICE_ADDRESS_CHANGED,
    /** An administrator added a user. */
    USER_ADDED,
    /** An administrator removed a user. */
    USER_REMOVED,
    /** An administrator changed a user's rights. */
    RIGHTS_CHANGED,
    /** An administrator made a user administrator, or an administrator a plain user. */
    ROLE_CHANGED,
    /** A user changed their username. */
    USERNAME_CHANGED,
    /** A user changed their password (the audit trail never holds the password). */
    PASSWORD_CHANGED,
    /** A user changed how prices are shown to them. */
    PRICE_DISPLAY_CHANGED,
    /** A user changed where documents are mailed or their marketing consent. */
    EMAIL_SETTINGS_CHANGED,
    /** A saved address was added. */
    ADDRESS_ADDED,
    /** A saved address was changed. */
    ADDRESS_CHANGED,
    /** A saved address was deleted. */
    ADDRESS_DELETED,
    /** Another saved address became the primary delivery address. */
    PRIMARY_ADDRESS_CHANGED,
    /** An administrator set or changed a user's budget. */
    BUDGET_SET,
    /** An administrator took a user's budget away. */
    BUDGET_REMOVED,
    /** An administrator marked whether every order of a user needs approval. */
    APPROVAL_REQUIREMENT_CHANGED,
    /** An administrator changed the approval rules. */
    APPROVAL_RULES_CHANGED,
    /** An approver named a substitute. */
    SUBSTITUTE_NAMED,
    /** An approver ended their substitution. */
    SUBSTITUTION_ENDED,
    /** An approver approved an order (one tier, or finally). */
    ORDER_APPROVED,
    /** An approver rejected an order. */
    ORDER_REJECTED,
    /** A requester withdrew a waiting order. */
    ORDER_WITHDRAWN,
    /** A waiting order expired. */
    ORDER_EXPIRED,
    /** Night delivery was started or changed. */
    NIGHT_DELIVERY_SET,
    /** Night delivery was cancelled. */
    NIGHT_DELIVERY_CANCELLED,
    /** Return stickers were asked for or crates registered for pick-up. */
    SERVICE_REQUESTED,
    /** A sticker or crate request ended unhandled because night delivery was cancelled. */
    SERVICE_REQUEST_ENDED,
    /** Customer service handled a sticker or crate request. */
    SERVICE_REQUEST_FULFILLED,
    /** A service case was registered. */
    SERVICE_CASE_REGISTERED,
    /** A service case moved on (received, resolved, refused, withdrawn). */
    SERVICE_CASE_MOVED,
    /** A quote was requested. */
    QUOTE_REQUESTED,
    /** A quote was answered, declined, withdrawn or ordered. */
    QUOTE_MOVED,
    /** An article list was created. */
    ARTICLE_LIST_CREATED,
    /** An article list was renamed, shared or no longer shared. */
    ARTICLE_LIST_CHANGED,
    /** An article list was deleted. */
    ARTICLE_LIST_DELETED
}

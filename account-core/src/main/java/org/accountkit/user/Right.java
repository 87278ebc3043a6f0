package org.accountkit.user;

/**
 * What a user may do. Checked on every use case; an {@link Role#ADMINISTRATOR administrator} holds all of them.
 */
public enum Right {
    /** Place orders. */
    PLACE_ORDERS,
    /** Request quotes. */
    REQUEST_QUOTES,
    /** See prices. */
    SEE_PRICES,
    /** See every order of the customer number in the order overview, not only one's own. */
    SEE_ALL_ORDERS,
    /** See invoices. */
    SEE_INVOICES,
    /** Register returns and service requests. */
    REGISTER_RETURNS_AND_SERVICE,
    /** Add, change and delete saved addresses and choose the primary delivery address. */
    MANAGE_ADDRESSES,
    /** Approve or reject other users' orders. */
    APPROVE_ORDERS,
    /**
     * Manage users: see the user overview, add and remove users, change rights and roles. Only administrators hold
     * it; to let someone manage users, make them an administrator.
     */
    MANAGE_USERS
}

package org.accountkit.service;

/** What went wrong with a delivery. */
public enum DeliveryProblemKind {
    /** Articles arrived damaged. */
    DAMAGED,
    /** Articles were missing. */
    MISSING_ITEMS,
    /** Another article than ordered arrived. */
    WRONG_ARTICLE,
    /** It came late. */
    LATE,
    /** Something else; the description says what. */
    OTHER
}

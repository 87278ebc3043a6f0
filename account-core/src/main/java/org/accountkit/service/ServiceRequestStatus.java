package org.accountkit.service;

/** Where a sticker or crate request stands. */
public enum ServiceRequestStatus {
    /** Asked for, not yet handled. */
    PENDING,
    /** Customer service handled it. */
    FULFILLED,
    /** Ended unhandled because night delivery was cancelled. */
    ENDED
}

package org.accountkit.service;

/** How a resolved service case ended. */
public enum Resolution {
    /** The amount was credited. */
    CREDITED,
    /** The article was replaced. */
    REPLACED,
    /** The article was repaired. */
    REPAIRED,
    /** Looked at and rejected, with a reason. */
    REJECTED
}

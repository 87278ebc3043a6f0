package org.accountkit.spi;

/** What a guarded write of a submission did. */
public enum WriteOutcome {
    /** The order is stored and the ledger changed. */
    STORED,
    /** An assumption of the {@link SubmissionGuard} no longer held: nothing was stored. */
    ASSUMPTION_CHANGED
}

package org.accountkit.spi;

/** What a guarded write of a submission did. */
public enum WriteOutcome {
    /** The order is stored and the ledger changed. */
    STORED,
    /** An assumption of the {@link SubmissionGuard} no longer held: nothing was stored. */
    ASSUMPTION_CHANGED,
    /**
     * The host's idempotency key given with the order is recorded already (by an earlier call, or by one that
     * committed at the same moment): nothing was stored. The caller reads the key to answer the first call's outcome.
     */
    KEY_USED
}

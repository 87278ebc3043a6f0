package org.accountkit;

import java.util.Objects;

/**
 * A scheduler's run that handles many items, each in a transaction of its own ({@code ProcessApprovalDeadlines},
 * {@code DeliverOutbox}), stopped at a storage failure after part of its work: what {@link #done()} reports stays
 * done, and the rest is left for the next run. The cause is the store's failure: a {@link StorageFailure} (the item
 * it stopped at is untouched) or an {@link OutcomeUnknown} (that item may or may not be stored; the next run sees).
 * When a run fails with a {@code StorageFailure} before it did anything, it throws that failure itself: nothing was
 * stored.
 */
public final class StoppedPartway extends AccountException {

    private static final long serialVersionUID = 1L;

    private final transient Record done;

    /**
     * @param done  the run's report of what it did before it stopped
     * @param cause the store's failure
     */
    public StoppedPartway(Record done, AccountException cause) {
        super("error.stopped-partway", Objects.requireNonNull(done, "done"));
        initCause(Objects.requireNonNull(cause, "cause"));
        this.done = done;
    }

    /** What the run did before it stopped: its report ({@code DeadlineReport}, {@code DeliveryReport}). */
    public Record done() {
        return done;
    }
}

package org.accountkit.approval;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Keeps the deadlines of waiting orders: reminds, escalates to the other approvers, lets orders expire. AccountKit
 * starts no threads: the host calls this on its own schedule (every few minutes, say), from one server or from
 * several at once.
 */
@PrimaryPort
public interface ProcessApprovalDeadlines {

    /**
     * Handles every deadline due by now (by the injected clock), up to {@code max} orders.
     *
     * @param max the most orders to handle in this run, at least 1
     * @return what was done
     * @throws org.accountkit.StorageFailure when the store failed before anything was done: nothing was stored
     * @throws org.accountkit.StoppedPartway when it failed after part of the work, which stays done (its
     *                                       {@code done()} says what), or the answer to a commit was lost; the
     *                                       next run takes the rest
     */
    DeadlineReport process(int max);
}

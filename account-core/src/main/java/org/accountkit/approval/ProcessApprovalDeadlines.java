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
     */
    DeadlineReport process(int max);
}

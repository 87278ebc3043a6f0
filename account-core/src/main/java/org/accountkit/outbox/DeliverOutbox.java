package org.accountkit.outbox;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Delivers what waits in the outbox: notices through the host's {@link Notifications}, placed orders through its
 * {@link org.accountkit.ordering.OrderHandOff}, domain events through its {@link org.accountkit.shared.DomainEvents}.
 * The host's scheduler calls it (every minute, say), on one server or several at once; AccountKit starts no threads
 * of its own. Most entries are delivered right after the change that wrote them (on the executor given to
 * {@link org.accountkit.AccountKit.Builder#outboxExecutor}); this run delivers what that missed or what failed.
 */
@PrimaryPort
public interface DeliverOutbox {

    /**
     * Claims and delivers due entries, up to {@code max} notices and up to {@code max} hand-offs and events: per
     * customer number (and per receiver) in the order they were written, each at least once and never by two
     * dispatchers at the same time. Every entry carries a stable id ({@link Notice#id()}, and a placed order's
     * {@link org.accountkit.ordering.PlacedOrder#orderId()}) by which a receiver drops a duplicate. A delivery that
     * fails is tried again later, with exponentially growing pauses; after the configured number of attempts the
     * entry is parked for customer service ({@link ListParkedNotices}, {@link ListParkedEffects}), never dropped.
     * Delivered entries are removed after the retention period.
     *
     * @param max the most notices, and the most hand-offs and events, to deliver in this run, at least 1
     * @return what was done
     * @throws org.accountkit.StorageFailure when the store failed before anything was done: nothing was stored
     * @throws org.accountkit.StoppedPartway when it failed after part of the work, which stays done (its
     *                                       {@code done()} says what), or the answer to a commit was lost; the
     *                                       next run takes the rest
     */
    DeliveryReport deliver(int max);
}

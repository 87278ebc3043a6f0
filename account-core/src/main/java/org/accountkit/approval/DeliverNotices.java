package org.accountkit.approval;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Delivers the notices waiting in the outbox through the host's {@link Notifications}: the host's scheduler calls it
 * (every minute, say), on one server or several at once; AccountKit starts no threads of its own.
 */
@PrimaryPort
public interface DeliverNotices {

    /**
     * Claims and delivers due notices, up to {@code max}: per customer number in the order they were written, each
     * at least once and never by two dispatchers at the same time. A delivery that fails is tried again later, with
     * exponentially growing pauses; after the configured number of attempts the notice is parked for customer
     * service ({@link ListParkedNotices}), never dropped. Delivered notices are removed after the retention period.
     *
     * @param max the most notices to deliver in this run, at least 1
     * @return what was done
     */
    DeliveryReport deliver(int max);
}

package org.accountkit.spi;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.outbox.Notice;

/**
 * A notice in the outbox: written in the transaction of the change that caused it, delivered afterwards.
 *
 * @param notice        the notice; its id is the entry's
 * @param status        pending, delivered or parked
 * @param attempts      how often delivery failed so far
 * @param createdAt     when it was written (entries of one customer number are delivered in the order written)
 * @param nextAttemptAt when it is due (again)
 * @param lastError     why the last attempt failed, empty when none did
 */
public record OutboxNotice(Notice notice, Status status, int attempts, Instant createdAt, Instant nextAttemptAt,
        String lastError) {

    /** Where an entry stands. */
    public enum Status {
        /** Waiting for delivery, or for its next attempt. */
        PENDING,
        /** Delivered; removed after the retention period. */
        DELIVERED,
        /** Failed too often; kept for customer service, never dropped. */
        PARKED
    }

    /** Refuses missing parts. */
    public OutboxNotice {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
    }
}

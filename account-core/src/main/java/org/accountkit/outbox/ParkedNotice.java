package org.accountkit.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice that could not be delivered.
 *
 * @param notice    the notice
 * @param attempts  how often delivery was tried
 * @param createdAt when it was written
 * @param lastError what the last attempt reported
 */
public record ParkedNotice(Notice notice, int attempts, Instant createdAt, String lastError) {

    /** Refuses missing parts. */
    public ParkedNotice {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastError, "lastError");
    }
}

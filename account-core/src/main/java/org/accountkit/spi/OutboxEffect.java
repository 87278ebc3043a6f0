package org.accountkit.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An effect in the outbox, with where its delivery stands.
 *
 * @param effect        the effect
 * @param status        pending, delivered or parked
 * @param attempts      how often delivery failed so far
 * @param createdAt     when it was written
 * @param nextAttemptAt when it is due (again)
 * @param lastError     why the last attempt failed, empty when none did
 */
public record OutboxEffect(Effect effect, OutboxNotice.Status status, int attempts, Instant createdAt,
        Instant nextAttemptAt, String lastError) {

    /** Refuses missing parts. */
    public OutboxEffect {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
    }
}

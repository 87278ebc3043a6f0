package org.accountkit.spi;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.shared.CustomerNumber;

/**
 * An idempotency key's first use.
 *
 * @param customerNumber the customer number the key belongs to
 * @param key           the host's key
 * @param fingerprint   a digest of what was submitted under it (who, and what), to refuse the key for anything else
 * @param subject       what the first use created: an order request's id, a return's case number
 * @param usedAt        when
 */
public record IdempotencyRecord(CustomerNumber customerNumber, String key, String fingerprint, String subject,
        Instant usedAt) {

    /** Refuses missing parts. */
    public IdempotencyRecord {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(usedAt, "usedAt");
    }
}

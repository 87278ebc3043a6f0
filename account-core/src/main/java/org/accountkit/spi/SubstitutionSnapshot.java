package org.accountkit.spi;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;

/**
 * An approver's substitution as stored.
 *
 * @param customerNumber their customer number
 * @param approver       the approver who is away
 * @param substitute     who stands in
 * @param from           from when (inclusive)
 * @param until          until when (exclusive)
 */
public record SubstitutionSnapshot(CustomerNumber customerNumber, UserId approver, UserId substitute, Instant from,
        Instant until) {

    /** Refuses missing parts. */
    public SubstitutionSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(substitute, "substitute");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }
}

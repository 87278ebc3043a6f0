package org.accountkit.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Failed logins in a row for one e-mail address.
 *
 * @param failures how many; 1 or more
 * @param latest   when the latest one was
 */
public record FailedLogins(int failures, Instant latest) {

    /** Refuses a count below one and a missing moment. */
    public FailedLogins {
        Objects.requireNonNull(latest, "latest");
        if (failures < 1) {
            throw new IllegalArgumentException("at least one failure: " + failures);
        }
    }
}

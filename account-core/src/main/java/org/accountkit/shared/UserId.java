package org.accountkit.shared;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies a user (an own login) across all customer numbers.
 *
 * @param value the identifier
 */
public record UserId(UUID value) implements Identifier {

    /** Refuses a missing value. */
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** A new, random identifier. */
    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

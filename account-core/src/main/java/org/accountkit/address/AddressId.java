package org.accountkit.address;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies a saved address.
 *
 * @param value the identifier
 */
public record AddressId(UUID value) implements Identifier {

    /** Refuses a missing value. */
    public AddressId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.accountkit.approval;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies an order request; a placed order keeps the identifier of the request it came from.
 *
 * @param value the identifier
 */
public record OrderRequestId(UUID value) implements Identifier {

    /** Refuses a missing value. */
    public OrderRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

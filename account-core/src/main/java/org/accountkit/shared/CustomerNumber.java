package org.accountkit.shared;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;

/**
 * The wholesaler's number for a customer company ("klantnummer"). Every user, address and order belongs to
 * exactly one.
 *
 * @param value 1 to 20 letters, digits or dashes, as the wholesaler's ERP assigns them
 */
public record CustomerNumber(String value) implements Identifier {

    /** The shape a customer number has. */
    public static final String PATTERN = "^[A-Za-z0-9-]{1,20}$";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    /**
     * @throws IllegalArgumentException when the value does not have the shape of {@link #PATTERN}
     */
    public CustomerNumber {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a customer number: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

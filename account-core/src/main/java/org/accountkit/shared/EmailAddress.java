package org.accountkit.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An e-mail address as a person typed it. Two addresses are equal when they differ only in upper and lower case,
 * which is how AccountKit keeps logins unique across all customer numbers.
 *
 * @param value the address, trimmed; at most 254 characters
 */
@ValueObject
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    /**
     * @throws IllegalArgumentException when the value is not shaped like an e-mail address
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
    }

    /** The address in lower case: the form that decides uniqueness. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress address && normalized().equals(address.normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

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

    /** The longest address accepted. */
    public static final int MAX_LENGTH = 254;

    /**
     * @throws IllegalArgumentException when the value is not shaped like an e-mail address; see {@link #isValid}
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
        value = value.strip();
    }

    /**
     * Whether {@code value}, without surrounding white space, is an e-mail address AccountKit accepts: plain text of
     * at most {@value #MAX_LENGTH} characters, one {@code @}, no white space, and a domain with a dot in it
     * ({@code jan@localhost}, {@code jan@jansen} and {@code "jan smit"@jansen.example} are refused). This is the
     * rule {@link ValidEmailAddress} applies to commands.
     */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String stripped = value.strip();
        return stripped.length() <= MAX_LENGTH && Text.isPlainLine(stripped) && SHAPE.matcher(stripped).matches();
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

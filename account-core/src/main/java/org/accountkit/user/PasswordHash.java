package org.accountkit.user;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A password as stored: a one-way hash in the hashing scheme's own encoding (for Argon2id the PHC string
 * {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), never the password itself.
 *
 * @param encoded the encoded hash
 */
@ValueObject
public record PasswordHash(String encoded) {

    /** Refuses a blank value. */
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("a password hash is never blank");
        }
    }

    /** Hides the hash from logs. */
    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}

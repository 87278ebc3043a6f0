package org.accountkit.user;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Turns passwords into strong one-way hashes and checks passwords against them. AccountKit ships an Argon2id
 * implementation in {@code account-argon2-adapter}.
 */
@SecondaryPort
public interface PasswordHashing {

    /** A new hash of {@code password}, with a fresh random salt. */
    PasswordHash hash(CharSequence password);

    /** Whether {@code password} is the one {@code hash} was made from; compares in constant time. */
    boolean matches(CharSequence password, PasswordHash hash);
}

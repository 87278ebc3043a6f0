/**
 * Argon2id password hashing for AccountKit, with Bouncy Castle:
 * {@link org.accountkit.argon2.Argon2PasswordHashing}.
 */
module org.accountkit.argon2 {
    requires transitive org.accountkit.core;
    requires org.bouncycastle.provider;

    exports org.accountkit.argon2;
}

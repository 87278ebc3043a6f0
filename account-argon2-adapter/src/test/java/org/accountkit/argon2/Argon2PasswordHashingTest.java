package org.accountkit.argon2;

import static org.assertj.core.api.Assertions.assertThat;

import org.accountkit.user.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHashingTest {

    private final Argon2PasswordHashing hashing = Argon2PasswordHashing.withCost(1024, 1, 1);

    @Test
    void a_password_matches_its_own_hash_and_no_other_password() {
        PasswordHash hash = hashing.hash("Werkplaats-2026");

        assertThat(hashing.matches("Werkplaats-2026", hash)).isTrue();
        assertThat(hashing.matches("werkplaats-2026", hash)).isFalse();
        assertThat(hashing.matches("", hash)).isFalse();
    }

    @Test
    void the_stored_hash_never_contains_the_password_and_is_salted_per_hash() {
        PasswordHash first = hashing.hash("Werkplaats-2026");
        PasswordHash second = hashing.hash("Werkplaats-2026");

        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain("Werkplaats");
        assertThat(first.encoded()).isNotEqualTo(second.encoded());
        assertThat(first.toString()).doesNotContain(first.encoded());
    }

    @Test
    void verifies_a_hash_made_by_the_reference_argon2_implementation() {
        // Made with the reference implementation's command-line tool (Debian package argon2):
        // echo -n "Werkplaats-2026" | argon2 zoutzoutzoutzout -id -t 2 -m 10 -p 1 -l 32 -e
        PasswordHash reference = new PasswordHash(
                "$argon2id$v=19$m=1024,t=2,p=1$em91dHpvdXR6b3V0em91dA$48WSZmJNrNKrvm9HNsmRDofopVDUe0seJb92KadSPP8");

        assertThat(hashing.matches("Werkplaats-2026", reference)).isTrue();
        assertThat(hashing.matches("Werkplaats-2027", reference)).isFalse();
    }

    @Test
    void the_default_cost_is_owasps_recommendation() {
        assertThat(new Argon2PasswordHashing().hash("Werkplaats-2026").encoded())
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void a_malformed_stored_hash_matches_nothing() {
        assertThat(hashing.matches("Werkplaats-2026", new PasswordHash("$2a$10$notargon"))).isFalse();
        assertThat(hashing.matches("Werkplaats-2026", new PasswordHash("$argon2id$v=19$m=0,t=1,p=1$AAAA$AAAA")))
                .isFalse();
    }
}

package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrongPasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"Werkplaats-2026", "correct horse battery staple", "boormachine12"})
    void long_passwords_with_a_letter_and_something_else_are_accepted(String password) {
        assertThat(StrongPassword.Check.isStrong(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kort-1", "alleenletterszonderiets", "123456789012345", "aaaaaaaaaaaaaaaa",
            "!!!!!!!!!!!!!!!!"})
    void short_letter_only_symbol_only_or_repeated_passwords_are_refused(String password) {
        assertThat(StrongPassword.Check.isStrong(password)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void more_than_128_characters_is_refused() {
        assertThat(StrongPassword.Check.isStrong("a1".repeat(65))).isFalse();
        assertThat(StrongPassword.Check.isStrong("a1".repeat(64))).isTrue();
    }
}

package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void addresses_differing_only_in_case_are_the_same_login() {
        EmailAddress typed = new EmailAddress(" Jan.de.Monteur@Installateur.NL ");

        assertThat(typed).isEqualTo(new EmailAddress("jan.de.monteur@installateur.nl"));
        assertThat(typed).hasSameHashCodeAs(new EmailAddress("JAN.DE.MONTEUR@INSTALLATEUR.NL"));
        assertThat(typed.value()).isEqualTo("Jan.de.Monteur@Installateur.NL");
        assertThat(typed.normalized()).isEqualTo("jan.de.monteur@installateur.nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jan", "jan@", "@installateur.nl", "jan@installateur", "jan de@installateur.nl",
            "jan@@installateur.nl"})
    void text_that_is_no_e_mail_address_is_refused(String text) {
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        assertThatThrownBy(() -> new EmailAddress("a".repeat(250) + "@x.nl"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

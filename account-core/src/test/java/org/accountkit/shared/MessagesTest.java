package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "validation"})
    void every_text_exists_in_english_and_in_dutch(String bundle) {
        Properties english = load("/org/accountkit/" + bundle + ".properties");
        Properties dutch = load("/org/accountkit/" + bundle + "_nl.properties");

        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        english.stringPropertyNames().forEach(key -> assertThat(dutch.getProperty(key))
                .as(key).isNotBlank().isNotEqualTo(english.getProperty(key)));
    }

    @Test
    void dutch_is_chosen_for_any_dutch_locale_and_english_for_everything_else() {
        assertThat(Messages.format(Locale.forLanguageTag("nl-BE"), "error.authentication-failed"))
                .isEqualTo("Het e-mailadres of wachtwoord is niet juist.");
        assertThat(Messages.format(Locale.GERMAN, "error.authentication-failed"))
                .isEqualTo("The e-mail address or password is not correct.");
        assertThat(Messages.format(null, "error.authentication-failed"))
                .isEqualTo("The e-mail address or password is not correct.");
    }

    private static Properties load(String resource) {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

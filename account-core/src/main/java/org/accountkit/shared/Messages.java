package org.accountkit.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * AccountKit's texts in English and Dutch. Dutch is chosen for any locale whose language is {@code nl}; every other
 * locale gets English, whatever the JVM's default locale is.
 */
public final class Messages {

    private static final String ERRORS = "org.accountkit.messages";
    private static final String VALIDATION = "org.accountkit.validation";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Messages() {
    }

    /** The Dutch locale AccountKit translates into. */
    public static Locale dutch() {
        return DUTCH;
    }

    /**
     * Formats the error message {@code key} with {@link MessageFormat} placeholders.
     *
     * @throws MissingResourceException when the key is unknown (a programming error in AccountKit)
     */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(ERRORS, locale);
        Object[] localized = new Object[arguments.length];
        for (int index = 0; index < arguments.length; index++) {
            localized[index] = arguments[index] instanceof Term term ? term.in(bundle) : arguments[index];
        }
        return new MessageFormat(bundle.getString(key), supported(locale)).format(localized);
    }

    /**
     * A word inside a message that is itself translated, such as "user" or the name of a right.
     *
     * @param name the term, e.g. {@code user}, {@code customer account} or {@code MANAGE_USERS}
     */
    public record Term(String name) {

        String in(ResourceBundle bundle) {
            String key = "term." + name.replace(' ', '-');
            return bundle.containsKey(key) ? bundle.getString(key) : name;
        }
    }

    /**
     * The validation text for {@code key}, or empty when AccountKit has none (a host's own constraint).
     */
    public static java.util.Optional<String> validationText(Locale locale, String key) {
        ResourceBundle bundle = bundle(VALIDATION, locale);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        boolean dutch = supported(locale) == DUTCH;
        return switch (name) {
            case ERRORS -> dutch ? Bundles.ERRORS_NL : Bundles.ERRORS_EN;
            default -> dutch ? Bundles.VALIDATION_NL : Bundles.VALIDATION_EN;
        };
    }

    /**
     * The four bundles, read once from AccountKit's own resources. They are read directly rather than through
     * {@link ResourceBundle#getBundle}, so that the JVM's default locale never decides the language, also inside a
     * named module (where a custom {@code ResourceBundle.Control} is not supported).
     */
    private static final class Bundles {

        static final ResourceBundle ERRORS_EN = read(ERRORS, "");
        static final ResourceBundle ERRORS_NL = read(ERRORS, "_nl");
        static final ResourceBundle VALIDATION_EN = read(VALIDATION, "");
        static final ResourceBundle VALIDATION_NL = read(VALIDATION, "_nl");

        private static ResourceBundle read(String name, String suffix) {
            String resource = "/" + name.replace('.', '/') + suffix + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new MissingResourceException("AccountKit's texts are missing: " + resource, name, "");
                }
                return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }

    private static Locale supported(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? DUTCH : Locale.ROOT;
    }
}

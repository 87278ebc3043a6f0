package org.accountkit.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
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
    static java.util.Optional<String> validationText(Locale locale, String key) {
        ResourceBundle bundle = bundle(VALIDATION, locale);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Locale supported(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? DUTCH : Locale.ROOT;
    }
}

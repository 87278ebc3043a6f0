package org.accountkit.shared;

import java.util.Locale;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One invalid field of a refused command.
 *
 * @param field      the field's path in the command, e.g. {@code email} or {@code address.postcode}
 * @param messageKey the key of the reason, stable across releases (for a host's own translations)
 * @param english    the reason in English
 * @param dutch      the reason in Dutch
 */
@ValueObject
public record Violation(String field, String messageKey, String english, String dutch) {

    /** Checks that every part is present. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(dutch, "dutch");
    }

    /** The reason in Dutch for an {@code nl} locale, in English otherwise. */
    public String message(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? dutch : english;
    }
}

package org.accountkit;

import java.util.Locale;
import java.util.Objects;

import org.accountkit.shared.Messages;

/**
 * Root of every error AccountKit reports. Each subclass names a fact ("the budget is exceeded", "the e-mail
 * address is taken") rather than a technical failure, so that a webshop can branch on the type and show the
 * message to the person who caused it.
 *
 * <p>Every message exists in English and in Dutch: {@link #getMessage()} answers in English,
 * {@link #message(Locale)} in the language asked for (Dutch for {@code nl}, English otherwise).
 */
public abstract class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * @param messageKey key of the message in the AccountKit message bundle
     * @param arguments  values for the placeholders {0}, {1}, ... of that message
     */
    protected AccountException(String messageKey, Object... arguments) {
        super(Messages.format(Locale.ENGLISH, messageKey, arguments));
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    /** The key of this error's message, stable across releases; useful for a host's own translations. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * This error's message in the given language.
     *
     * @param locale {@code nl} for Dutch; any other locale gives English
     * @return the localized message, never {@code null}
     */
    public String message(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }
}

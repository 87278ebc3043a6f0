package org.accountkit.shared;

import java.util.Locale;

/** The language a user gets mail in: Dutch or English, to start. */
public enum Language {
    /** Nederlands. */
    DUTCH(Locale.forLanguageTag("nl")),
    /** English. */
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale to render messages in. */
    public Locale locale() {
        return locale;
    }

    /**
     * A new user's language, from their customer number's country: Dutch in the Netherlands and Belgium (Flanders;
     * French is not offered yet), English elsewhere (German is not offered yet).
     */
    public static Language defaultFor(Country country) {
        return switch (country) {
            case NL, BE -> DUTCH;
            case DE -> ENGLISH;
        };
    }
}

package org.accountkit.shared;

import java.util.Objects;

/**
 * What AccountKit accepts as text: the one definition that Bean Validation ({@link PlainText}) and the value objects
 * both apply, so that a command that passes validation never fails later in a value object or in a database.
 *
 * <p>Plain text is a string of whole Unicode characters without control characters: no NUL (which PostgreSQL
 * cannot store), no other C0 or C1 control character, no DEL, no line or paragraph separator, and no half of a
 * surrogate pair (which a UTF-8 database cannot store and would turn into a question mark). Multi-line text, such
 * as a rejection reason, may also hold line feeds, carriage returns and tabs.
 */
public final class Text {

    private Text() {
    }

    /** Whether {@code text} is plain text on one line; {@code null} is not. */
    public static boolean isPlainLine(CharSequence text) {
        return isPlain(text, false);
    }

    /**
     * Whether {@code text} is plain text, on one line or, when {@code multiline}, on several.
     *
     * @param text      the text; {@code null} is not plain
     * @param multiline whether line feeds, carriage returns and tabs are allowed
     */
    public static boolean isPlain(CharSequence text, boolean multiline) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        for (int index = 0; index < length; index++) {
            char c = text.charAt(index);
            if (c < 0x20) {
                if (!multiline || (c != '\n' && c != '\r' && c != '\t')) {
                    return false;
                }
            } else if (c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029') {
                return false;
            } else if (Character.isSurrogate(c)) {
                index = lastCharOf(text, index);
                if (index < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code text} is well-formed UTF-16: every half of a surrogate pair has its other half. Only such text
     * can be encoded (as UTF-8, by a database or a password hash); {@code null} is not.
     */
    public static boolean isWellFormed(CharSequence text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        for (int index = 0; index < length; index++) {
            index = lastCharOf(text, index);
            if (index < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the last {@code char} of the character that starts at {@code index}: {@code index} itself, or the
     * next one for a surrogate pair; {@code -1} when it is half of a pair without its other half.
     */
    private static int lastCharOf(CharSequence text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1)) ? index + 1 : -1;
        }
        return Character.isLowSurrogate(c) ? -1 : index;
    }

    /**
     * {@code value} without surrounding white space, provided it is plain text on one line of 1 to
     * {@code maxLength} characters.
     *
     * @param part what the value is, for the message
     * @throws IllegalArgumentException when it is not
     */
    public static String requireLine(String value, String part, int maxLength) {
        Objects.requireNonNull(value, part);
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength || !isPlainLine(stripped)) {
            throw new IllegalArgumentException(part + " must be plain text of 1 to " + maxLength + " characters");
        }
        return stripped;
    }
}

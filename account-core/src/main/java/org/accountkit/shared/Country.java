package org.accountkit.shared;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The countries AccountKit delivers to, each with its postcode rule.
 */
public enum Country {

    /** The Netherlands: four digits, the first not 0, then two letters (not SA, SD or SS), e.g. {@code 1234 AB}. */
    NL("^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$", postcode -> postcode.substring(0, 4) + " " + postcode.substring(postcode.length() - 2)),
    /** Belgium: four digits, the first not 0, e.g. {@code 2000}. */
    BE("^[1-9][0-9]{3}$", UnaryOperator.identity()),
    /** Germany: five digits, e.g. {@code 10115}. */
    DE("^(?!00)[0-9]{5}$", UnaryOperator.identity());

    private final Pattern postcode;
    private final UnaryOperator<String> canonical;

    Country(String postcode, UnaryOperator<String> canonical) {
        this.postcode = Pattern.compile(postcode);
        this.canonical = canonical;
    }

    /** Whether {@code postcode} is a valid postcode here; case and surrounding spaces do not matter. */
    public boolean acceptsPostcode(String postcode) {
        return postcode != null && this.postcode.matcher(prepare(postcode)).matches();
    }

    /**
     * The postcode in this country's usual spelling, e.g. {@code 1234ab} becomes {@code 1234 AB}.
     *
     * @throws IllegalArgumentException when it is not a valid postcode here
     */
    public String canonicalPostcode(String postcode) {
        if (!acceptsPostcode(postcode)) {
            throw new IllegalArgumentException("not a postcode of " + name() + ": " + postcode);
        }
        return canonical.apply(prepare(postcode));
    }

    private static String prepare(String postcode) {
        return postcode.strip().toUpperCase(Locale.ROOT);
    }
}

package org.accountkit.quote;

/** The shape of quote numbers. */
public final class QuoteNumbers {

    /** A quote number: {@code OF-}, the year, a dash and six or more digits, e.g. {@code OF-2026-000123}. */
    public static final String PATTERN = "^OF-[0-9]{4}-[0-9]{6,9}$";

    private QuoteNumbers() {
    }
}

package org.accountkit.quote;

import java.util.Locale;

import org.accountkit.AccountException;

/** A quote cannot be ordered; the message says why (not answered yet, expired, declined, withdrawn, ordered). */
public final class QuoteNotOrderable extends AccountException {

    private static final long serialVersionUID = 1L;

    private final QuoteStatus status;

    /**
     * @param quoteNumber the quote
     * @param status      where it stands
     */
    public QuoteNotOrderable(String quoteNumber, QuoteStatus status) {
        super("error.quote-not-orderable." + status.name().toLowerCase(Locale.ROOT), quoteNumber);
        this.status = status;
    }

    /** Where the quote stands, and so why it cannot be ordered. */
    public QuoteStatus status() {
        return status;
    }
}

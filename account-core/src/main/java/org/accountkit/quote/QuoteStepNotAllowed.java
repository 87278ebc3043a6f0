package org.accountkit.quote;

import org.accountkit.AccountException;

/** A quote cannot take this step from where it stands (answering a withdrawn quote, for instance). */
public final class QuoteStepNotAllowed extends AccountException {

    private static final long serialVersionUID = 1L;

    private final QuoteStatus status;

    /**
     * @param quoteNumber the quote
     * @param status      where it stands
     */
    public QuoteStepNotAllowed(String quoteNumber, QuoteStatus status) {
        super("error.quote-step-not-allowed", quoteNumber, status.name());
        this.status = status;
    }

    /** Where the quote stands. */
    public QuoteStatus status() {
        return status;
    }
}

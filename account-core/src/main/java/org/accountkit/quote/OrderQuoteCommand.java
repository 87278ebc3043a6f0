package org.accountkit.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.accountkit.approval.SubmitOrderCommand;

/**
 * Orders an answered quote.
 *
 * @param quoteNumber    the quote
 * @param idempotencyKey the host's key for this call, so that a retried or double-clicked order answers the first
 *                       outcome again; same shape as {@link SubmitOrderCommand#idempotencyKey()}, empty for none
 */
public record OrderQuoteCommand(@NotBlank @Pattern(regexp = QuoteNumbers.PATTERN) String quoteNumber,
        @NotNull @Pattern(regexp = SubmitOrderCommand.IDEMPOTENCY_KEY) String idempotencyKey) {

    /** An order of the quote without idempotency key. */
    public OrderQuoteCommand(String quoteNumber) {
        this(quoteNumber, "");
    }
}

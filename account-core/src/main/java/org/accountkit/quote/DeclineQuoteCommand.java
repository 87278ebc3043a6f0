package org.accountkit.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PlainText;

/**
 * Customer service declines a requested quote.
 *
 * @param customerNumber the quote's customer number
 * @param quoteNumber    the quote
 * @param reason         why, at most 500 characters, several lines allowed
 */
public record DeclineQuoteCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = QuoteNumbers.PATTERN) String quoteNumber,
        @NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
}

package org.accountkit.quote;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.StorableMoment;

/**
 * Customer service answers a quote: a net price per unit for every line, and the last day it may be ordered.
 *
 * @param customerNumber the quote's customer number
 * @param quoteNumber    the quote
 * @param unitPrices     the price per unit excluding VAT of each line, in line order, one currency, not negative
 * @param validUntil     the last day it may be ordered: today or later, in the customer number's time zone
 */
public record AnswerQuoteCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = QuoteNumbers.PATTERN) String quoteNumber,
        @NotEmpty @Size(max = 200) List<@NotNull Money> unitPrices, @NotNull @StorableMoment LocalDate validUntil) {
}

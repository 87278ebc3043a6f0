package org.accountkit.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.Money;

/**
 * A line of a quote.
 *
 * @param lineNumber    its number within the quote, from 1
 * @param articleNumber the article
 * @param description   the article's description when it was requested
 * @param quantity      how many, at least 1
 * @param vatRate       the article's VAT rate in percent, kept with two decimals
 * @param unitPrice     the quoted price per unit excluding VAT, once answered
 */
public record QuoteLine(int lineNumber, String articleNumber, String description, int quantity, BigDecimal vatRate,
        Optional<Money> unitPrice) {

    /** Refuses missing parts and quantities below 1. */
    public QuoteLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(unitPrice, "unitPrice");
        vatRate = vatRate.setScale(2, RoundingMode.HALF_UP);
        if (lineNumber < 1 || quantity < 1) {
            throw new IllegalArgumentException("quote line " + lineNumber + " of " + quantity);
        }
    }

    /** The line at its quoted price, once answered: price times quantity. */
    public Optional<Money> total() {
        return unitPrice.map(price -> price.times(BigDecimal.valueOf(quantity)));
    }
}

package org.accountkit.service;

import java.math.BigDecimal;
import java.util.Objects;

import org.accountkit.shared.Money;

/**
 * One order line of a return.
 *
 * @param lineNumber    the line's number within its order
 * @param articleNumber the article
 * @param quantity      how many are returned, at least 1
 * @param unitNetPrice  the price per unit excluding VAT, as ordered
 */
public record ReturnedLine(int lineNumber, String articleNumber, int quantity, Money unitNetPrice) {

    /** Refuses missing parts and quantities below 1. */
    public ReturnedLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(unitNetPrice, "unitNetPrice");
        if (lineNumber < 1 || quantity < 1) {
            throw new IllegalArgumentException("line " + lineNumber + ": returned quantity " + quantity);
        }
    }

    /** What the returned quantity was worth excluding VAT, at the ordered price. */
    public Money worth() {
        return unitNetPrice.times(BigDecimal.valueOf(quantity));
    }
}

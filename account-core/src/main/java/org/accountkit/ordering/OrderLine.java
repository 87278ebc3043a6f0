package org.accountkit.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A line of an order as priced when it was submitted.
 *
 * @param articleNumber the article number
 * @param description   the article's description
 * @param quantity      how many, at least one
 * @param unitNetPrice  the price per unit excluding VAT
 * @param vatRate       the VAT rate in percent, with two decimals
 */
@ValueObject
public record OrderLine(String articleNumber, String description, int quantity, Money unitNetPrice,
        BigDecimal vatRate) {

    /**
     * Refuses missing parts and quantities below one. The VAT rate is kept with two decimals (rounded half-up), as
     * every store keeps it, so that a line reads back equal to what was stored.
     */
    public OrderLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitNetPrice, "unitNetPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        vatRate = vatRate.setScale(2, RoundingMode.HALF_UP);
        if (quantity < 1) {
            throw new IllegalArgumentException("a line orders at least one");
        }
    }

    /** A cart line priced by the catalog. */
    public static OrderLine of(Article article, int quantity) {
        return new OrderLine(article.number(), article.description(), quantity, article.unitNetPrice(),
                article.vatRate());
    }

    /** The line's total excluding VAT: unit price times quantity, in cents. */
    public Money netTotal() {
        return unitNetPrice.times(BigDecimal.valueOf(quantity));
    }
}

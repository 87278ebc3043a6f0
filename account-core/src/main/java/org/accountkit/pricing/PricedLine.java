package org.accountkit.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.ordering.Article;
import org.accountkit.ordering.OrderLine;
import org.accountkit.orders.OrderedLine;
import org.accountkit.quote.QuoteLine;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A line to show prices of: an article, a quantity, its net (customer) and gross (list) price per unit, and its VAT
 * rate. Made from whatever a page shows: a cart line or an article list's line priced by the catalog, an order
 * request's line (also in approvals), an order's line (also the open order lines), an answered quote's line.
 *
 * @param articleNumber the article
 * @param description   what it is
 * @param quantity      how many, 1 to 1,000,000
 * @param unitNetPrice  the customer's price per unit excluding VAT
 * @param unitGrossPrice the list price per unit excluding VAT, in the same currency; empty when the source does not
 *                      know it (an order keeps only what was charged)
 * @param vatRate       the VAT rate in percent, 0 to 100, kept with two decimals
 */
@ValueObject
public record PricedLine(String articleNumber, String description, int quantity, UnitPrice unitNetPrice,
        Optional<UnitPrice> unitGrossPrice, BigDecimal vatRate) {

    /** The most units a line shows. */
    public static final int MAX_QUANTITY = 1_000_000;

    /**
     * Refuses what cannot be shown.
     *
     * @throws IllegalArgumentException when the quantity or rate is out of range, or the prices differ in currency
     */
    public PricedLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitNetPrice, "unitNetPrice");
        Objects.requireNonNull(unitGrossPrice, "unitGrossPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("a line shows 1 to " + MAX_QUANTITY + " units: " + quantity);
        }
        if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a VAT rate is 0 to 100 percent: " + vatRate);
        }
        vatRate = vatRate.setScale(2, RoundingMode.HALF_UP);
        if (unitGrossPrice.filter(gross -> !gross.currency().equals(unitNetPrice.currency())).isPresent()) {
            throw new IllegalArgumentException("gross and net price of " + articleNumber + " differ in currency");
        }
    }

    /** A cart line priced by the catalog: net and gross price from the article. */
    public static PricedLine of(Article article, int quantity) {
        return new PricedLine(article.number(), article.description(), quantity,
                UnitPrice.of(article.unitNetPrice()), Optional.of(UnitPrice.of(article.unitGrossPrice())),
                article.vatRate());
    }

    /** A line of an order request (as submitted or approved): what it was priced at, no gross price. */
    public static PricedLine of(OrderLine line) {
        return new PricedLine(line.articleNumber(), line.description(), line.quantity(),
                UnitPrice.of(line.unitNetPrice()), Optional.empty(), line.vatRate());
    }

    /**
     * A line of an answered quote, at its quoted price; no gross price.
     *
     * @throws IllegalArgumentException when the quote was not answered, so the line has no price yet
     */
    public static PricedLine of(QuoteLine line) {
        return new PricedLine(line.articleNumber(), line.description(), line.quantity(),
                UnitPrice.of(line.unitPrice().orElseThrow(() -> new IllegalArgumentException("quote line "
                        + line.lineNumber() + " has no price yet"))), Optional.empty(), line.vatRate());
    }

    /** A line of an order the ERP confirmed: the ordered quantity at its price, no gross price. */
    public static PricedLine of(OrderedLine line) {
        return new PricedLine(line.articleNumber(), line.description(), line.ordered(),
                UnitPrice.of(line.unitNetPrice()), Optional.empty(), line.vatRate());
    }
}

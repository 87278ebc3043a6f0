package org.accountkit.pricing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.Money;

/**
 * One line as a user sees it: the prices their setting asks for, per unit and for the line, rounded half-up to cents.
 *
 * @param articleNumber  the article
 * @param description    what it is
 * @param quantity       how many
 * @param vatRate        the VAT rate in percent
 * @param unitGross      the list price per unit, when shown (and known)
 * @param unitNet        the customer's price per unit, when shown
 * @param lineGross      the list price of the line, when shown (and known)
 * @param lineNet        the customer's price of the line, when shown
 * @param lineExcludingVat what the line is charged excluding VAT, always: the amount the totals add up
 * @param lineVat        the VAT on the line, always
 */
public record ShownLine(String articleNumber, String description, int quantity, BigDecimal vatRate,
        Optional<Money> unitGross, Optional<Money> unitNet, Optional<Money> lineGross, Optional<Money> lineNet,
        Money lineExcludingVat, Money lineVat) {

    /** Refuses missing parts. */
    public ShownLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(unitGross, "unitGross");
        Objects.requireNonNull(unitNet, "unitNet");
        Objects.requireNonNull(lineGross, "lineGross");
        Objects.requireNonNull(lineNet, "lineNet");
        Objects.requireNonNull(lineExcludingVat, "lineExcludingVat");
        Objects.requireNonNull(lineVat, "lineVat");
    }

    /** What the line is charged including VAT: excluding VAT plus the VAT, exactly. */
    public Money lineIncludingVat() {
        return lineExcludingVat.plus(lineVat);
    }
}

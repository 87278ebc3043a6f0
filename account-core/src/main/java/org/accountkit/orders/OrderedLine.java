package org.accountkit.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import org.accountkit.shared.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A line of an order as the ERP keeps it: what was ordered, and how much of it was delivered and cancelled.
 *
 * @param lineNumber    the line's number within its order, from 1
 * @param articleNumber the article number
 * @param description   the article's description
 * @param ordered       how many were ordered, at least one
 * @param delivered     how many were delivered
 * @param cancelled     how many were cancelled
 * @param unitNetPrice  the price per unit excluding VAT
 * @param vatRate       the VAT rate in percent, with two decimals
 * @param expectedOn    when the ERP expects to deliver what is still open
 */
@ValueObject
public record OrderedLine(int lineNumber, String articleNumber, String description, int ordered, int delivered,
        int cancelled, Money unitNetPrice, BigDecimal vatRate, LocalDate expectedOn) {

    /**
     * Refuses missing parts, and quantities that do not fit: nothing below zero, and delivered and cancelled
     * together never more than ordered.
     *
     * @throws IllegalArgumentException when the quantities do not fit
     */
    public OrderedLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitNetPrice, "unitNetPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(expectedOn, "expectedOn");
        vatRate = vatRate.setScale(2, RoundingMode.HALF_UP);
        if (lineNumber < 1 || ordered < 1 || delivered < 0 || cancelled < 0
                || (long) delivered + cancelled > ordered) {
            throw new IllegalArgumentException("line " + lineNumber + ": delivered " + delivered + " and cancelled "
                    + cancelled + " do not fit ordered " + ordered);
        }
    }

    /** How many are still to deliver: ordered less delivered and cancelled. */
    public int open() {
        return ordered - delivered - cancelled;
    }

    /** Whether something is still to deliver. */
    public boolean isOpen() {
        return open() > 0;
    }

    /** The line's total excluding VAT, of what was ordered. */
    public Money netTotal() {
        return unitNetPrice.times(BigDecimal.valueOf(ordered));
    }

    /** This line with {@code quantity} more delivered. */
    public OrderedLine deliver(int quantity) {
        return new OrderedLine(lineNumber, articleNumber, description, ordered, delivered + quantity, cancelled,
                unitNetPrice, vatRate, expectedOn);
    }

    /** This line with {@code quantity} more cancelled. */
    public OrderedLine cancel(int quantity) {
        return new OrderedLine(lineNumber, articleNumber, description, ordered, delivered, cancelled + quantity,
                unitNetPrice, vatRate, expectedOn);
    }
}

package org.accountkit.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.accountkit.shared.Money;

/**
 * What a return sends back: lines of one order, and why.
 *
 * @param erpOrderNumber the order the goods were delivered with
 * @param reason         why, from the list; the case's description holds the customer's remark
 * @param lines          the lines and quantities, at least one, each order line once; kept in line number order
 */
public record ReturnedGoods(String erpOrderNumber, ReturnReason reason, List<ReturnedLine> lines) {

    /** Refuses missing parts and returns without lines; keeps its own copy of the lines, by line number. */
    public ReturnedGoods {
        Objects.requireNonNull(erpOrderNumber, "erpOrderNumber");
        Objects.requireNonNull(reason, "reason");
        lines = lines.stream().sorted(Comparator.comparingInt(ReturnedLine::lineNumber)).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a return has at least one line");
        }
    }

    /** What the returned goods were worth excluding VAT, at the ordered prices, in the order's currency. */
    public Money worth() {
        Money total = lines.get(0).worth();
        for (ReturnedLine line : lines.subList(1, lines.size())) {
            total = total.plus(line.worth());
        }
        return total;
    }

    /** How many of order line {@code lineNumber} this return sends back; 0 when it does not name the line. */
    public int quantityOf(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).mapToInt(ReturnedLine::quantity)
                .sum();
    }
}

package org.accountkit.orders;

/**
 * A line still to be delivered ("openstaande orderregel"), with its order.
 *
 * @param erpOrderNumber the order
 * @param reference      the order's customer reference, may be empty
 * @param line           the line, with its expected delivery date and what is still open
 */
public record OpenOrderLine(String erpOrderNumber, String reference, OrderedLine line) {
}

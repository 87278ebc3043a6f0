package org.accountkit.orders;

import java.util.List;

import org.accountkit.shared.Money;

/**
 * What a customer number still owes: the outstanding total of its open invoices and the part of it that is
 * overdue, per currency (one entry per currency in which something is outstanding).
 *
 * @param outstanding     outstanding per currency
 * @param overdue         overdue per currency (zero for a currency with nothing overdue)
 * @param openInvoices    how many invoices are open
 * @param overdueInvoices how many of them are overdue
 */
public record InvoiceBalance(List<Money> outstanding, List<Money> overdue, long openInvoices,
        long overdueInvoices) {

    /** Copies the lists. */
    public InvoiceBalance {
        outstanding = List.copyOf(outstanding);
        overdue = List.copyOf(overdue);
    }
}

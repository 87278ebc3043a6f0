package org.accountkit.orders;

import java.time.LocalDate;
import java.util.List;

import org.accountkit.shared.Money;

/**
 * An invoice as the customer sees it.
 *
 * @param invoiceNumber the invoice's number
 * @param invoiceDate   its date
 * @param dueDate       when it must be paid
 * @param lines         its lines
 * @param vat           its amounts per VAT rate
 * @param grossTotal    its total including VAT
 * @param paid          what was paid on it
 * @param credited      what credit notes took off it
 * @param outstanding   what is still to pay: gross less paid and credited
 * @param overdue       whether something is outstanding after its due date, in the customer's time zone
 */
public record InvoiceView(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, List<InvoiceLine> lines,
        List<VatTotal> vat, Money grossTotal, Money paid, Money credited, Money outstanding, boolean overdue) {

    /** Copies the lists. */
    public InvoiceView {
        lines = List.copyOf(lines);
        vat = List.copyOf(vat);
    }

    /** Whether nothing is outstanding any more. */
    public boolean isSettled() {
        return outstanding.isZero();
    }
}

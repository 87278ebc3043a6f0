package org.accountkit.spi;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.VatTotal;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;

/**
 * An invoice as stored, with what was paid and credited on it.
 *
 * @param customerNumber its customer number
 * @param invoiceNumber  the invoice's number, unique within the customer number
 * @param invoiceDate    its date
 * @param dueDate        when it must be paid
 * @param lines          its lines
 * @param vat            its amounts per VAT rate, by rate
 * @param paid           paid so far
 * @param credited       credited so far
 * @param version        the stored version it was loaded at; 0 for a new invoice
 */
public record InvoiceSnapshot(CustomerNumber customerNumber, String invoiceNumber, LocalDate invoiceDate,
        LocalDate dueDate, List<InvoiceLine> lines, List<VatTotal> vat, Money paid, Money credited, long version) {

    /**
     * Refuses missing parts and amounts in another currency than the VAT totals.
     *
     * @throws IllegalArgumentException when amounts mix currencies, or there are no VAT totals
     */
    public InvoiceSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        lines = List.copyOf(lines);
        vat = List.copyOf(vat);
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(credited, "credited");
        if (vat.isEmpty() || !vat.get(0).gross().inSameCurrencyAs(paid) || !paid.inSameCurrencyAs(credited)) {
            throw new IllegalArgumentException("invoice " + invoiceNumber + " mixes currencies");
        }
    }

    /** The invoice's currency. */
    public Currency currency() {
        return paid.currency();
    }

    /** Its total including VAT. */
    public Money grossTotal() {
        Money total = Money.zero(currency());
        for (VatTotal rate : vat) {
            total = total.plus(rate.gross());
        }
        return total;
    }

    /** What is still to pay: the total less paid and credited, never below zero. */
    public Money outstanding() {
        return grossTotal().minus(paid).minus(credited).atLeastZero();
    }

    /** Whether nothing is outstanding. */
    public boolean isSettled() {
        return outstanding().isZero();
    }

    /** This invoice with other paid and credited amounts, at the same version. */
    public InvoiceSnapshot withSettlement(Money newPaid, Money newCredited) {
        return new InvoiceSnapshot(customerNumber, invoiceNumber, invoiceDate, dueDate, lines, vat, newPaid,
                newCredited, version);
    }

    /** This invoice at another version, as a store hands it back. */
    public InvoiceSnapshot atVersion(long stored) {
        return new InvoiceSnapshot(customerNumber, invoiceNumber, invoiceDate, dueDate, lines, vat, paid, credited,
                stored);
    }
}

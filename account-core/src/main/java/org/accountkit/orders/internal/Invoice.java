package org.accountkit.orders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import org.accountkit.orders.AmountExceedsOutstanding;
import org.accountkit.orders.InvoiceView;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.VatTotal;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.spi.InvoiceSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * An invoice the ERP sent, and what was paid and credited on it. Payments and credit notes together never exceed
 * its total.
 */
public final class Invoice implements AggregateRoot<Invoice, Invoice.Key> {

    private InvoiceSnapshot state;

    private Invoice(InvoiceSnapshot state) {
        this.state = state;
    }

    /** An invoice's identity: its number within its customer number. */
    public record Key(CustomerNumber customerNumber, String invoiceNumber) implements Identifier {
    }

    /** The invoice as stored. */
    public static Invoice restore(InvoiceSnapshot stored) {
        return new Invoice(stored);
    }

    /** A new invoice, nothing paid; the command's amounts were checked to add up. */
    public static Invoice issue(CustomerNumber customerNumber, RecordInvoiceCommand command) {
        List<VatTotal> vat = new ArrayList<>(command.vat());
        vat.sort(Comparator.comparing(VatTotal::vatRate));
        Money zero = Money.zero(vat.get(0).gross().currency());
        return new Invoice(new InvoiceSnapshot(customerNumber, command.invoiceNumber(), command.invoiceDate(),
                command.dueDate(), command.lines(), vat, zero, zero, 0));
    }

    /**
     * Records a payment.
     *
     * @throws AmountExceedsOutstanding when it is more than is outstanding
     */
    public void pay(Money amount) {
        requireAtMostOutstanding(amount);
        state = state.withSettlement(state.paid().plus(amount), state.credited());
    }

    /**
     * Records a credit note.
     *
     * @throws AmountExceedsOutstanding when it is more than is outstanding
     */
    public void credit(Money amount) {
        requireAtMostOutstanding(amount);
        state = state.withSettlement(state.paid(), state.credited().plus(amount));
    }

    /** The invoice's currency. */
    public java.util.Currency currency() {
        return state.currency();
    }

    private void requireAtMostOutstanding(Money amount) {
        if (amount.isMoreThan(state.outstanding())) {
            throw new AmountExceedsOutstanding(state.invoiceNumber(), state.outstanding());
        }
    }

    /** The customer's view of a stored invoice, overdue when something is outstanding after its due date. */
    public static InvoiceView view(InvoiceSnapshot invoice, LocalDate today) {
        Money outstanding = invoice.outstanding();
        return new InvoiceView(invoice.invoiceNumber(), invoice.invoiceDate(), invoice.dueDate(), invoice.lines(),
                invoice.vat(), invoice.grossTotal(), invoice.paid(), invoice.credited(), outstanding,
                !outstanding.isZero() && invoice.dueDate().isBefore(today));
    }

    /** The net amount of {@code lines} at each rate is what {@code vat} says, and gross is net plus VAT. */
    static boolean addsUp(VatTotal total, Money linesNet) {
        return total.net().equals(linesNet) && total.gross().equals(total.net().plus(total.vat()));
    }

    @Override
    public Key getId() {
        return new Key(state.customerNumber(), state.invoiceNumber());
    }

    /** The state to store. */
    public InvoiceSnapshot snapshot() {
        return state;
    }
}

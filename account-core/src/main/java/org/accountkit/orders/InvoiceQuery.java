package org.accountkit.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.PageRequest;

/**
 * Asks for a page of open or of paid invoices. Open invoices come soonest due first; paid ones newest first.
 *
 * @param paid {@code false} for open invoices (something outstanding), {@code true} for settled ones
 * @param page which page
 */
public record InvoiceQuery(boolean paid, @NotNull @Valid PageRequest page) {

    /** The first page of open invoices. */
    public static InvoiceQuery open(int size) {
        return new InvoiceQuery(false, PageRequest.first(size));
    }

    /** The first page of paid invoices. */
    public static InvoiceQuery paid(int size) {
        return new InvoiceQuery(true, PageRequest.first(size));
    }
}

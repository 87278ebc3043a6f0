package org.accountkit.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.orders.InvoiceBalance;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Invoices the ERP reported, with what was paid and credited on them. */
@SecondaryPort
@Repository
public interface Invoices {

    /** The invoice, if it belongs to {@code customerNumber}. */
    Optional<InvoiceSnapshot> find(CustomerNumber customerNumber, String invoiceNumber);

    /**
     * Stores a new invoice.
     *
     * @throws ConcurrentModification when its number is stored already
     */
    void add(InvoiceSnapshot invoice);

    /**
     * Stores what was paid and credited, provided the stored invoice is still at the snapshot's version.
     *
     * @throws ConcurrentModification when it is not
     */
    void update(InvoiceSnapshot invoice);

    /**
     * One page of open invoices (something outstanding; soonest due first, then invoice number) or of settled
     * ones (newest invoice date first, then invoice number descending).
     */
    Page<InvoiceSnapshot> list(CustomerNumber customerNumber, boolean settled, PageRequest page);

    /** The invoices with a line for {@code erpOrderNumber}, by invoice date and number. */
    List<InvoiceSnapshot> invoicesOf(CustomerNumber customerNumber, String erpOrderNumber);

    /** What the open invoices add up to per currency, and which part is due before {@code today}. */
    InvoiceBalance balance(CustomerNumber customerNumber, LocalDate today);
}

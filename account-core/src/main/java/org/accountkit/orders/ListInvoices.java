package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The invoice overview ("factuuroverzicht"), open and paid apart; overdue ones marked. */
@PrimaryPort
public interface ListInvoices {

    /**
     * One page of the customer number's open invoices (soonest due first) or paid ones (newest first). An invoice
     * is overdue when something is outstanding and its due date lies before today in the customer's time zone.
     *
     * @throws InvalidCommand when the query is invalid
     * @throws NotPermitted   when the actor does not hold {@code SEE_INVOICES}
     */
    Page<InvoiceView> list(Actor actor, InvoiceQuery query);
}

package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What the customer number still owes, above the invoice overview. */
@PrimaryPort
public interface ViewInvoiceBalance {

    /**
     * The outstanding total of the open invoices and its overdue part, per currency.
     *
     * @throws InvalidCommand when the actor is missing
     * @throws NotPermitted   when the actor does not hold {@code SEE_INVOICES}
     */
    InvoiceBalance balance(Actor actor);
}

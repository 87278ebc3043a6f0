package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** One order in detail: its lines, shipments and invoices. */
@PrimaryPort
public interface ViewOrder {

    /**
     * The order with this ERP order number, for whoever may see it in the overview.
     *
     * @throws InvalidCommand when the number is missing or malformed
     * @throws NotPermitted   when the actor is not a user
     * @throws NotFound       when there is no such order of the actor's customer number, or the actor may not see it
     */
    OrderDetails view(Actor actor, String erpOrderNumber);
}

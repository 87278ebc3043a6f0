package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The order overview ("besteloverzicht"): every order, of every channel, newest first. */
@PrimaryPort
public interface ListOrders {

    /**
     * One page of orders, newest first (orders of the same moment by ERP order number, highest first). A user
     * sees their own webshop orders; administrators and users with {@code SEE_ALL_ORDERS} see every order of
     * the customer number, including those of other channels.
     *
     * @throws InvalidCommand when the query is invalid
     * @throws NotPermitted   when the actor is not a user
     */
    Page<OrderSummary> list(Actor actor, OrderQuery query);
}

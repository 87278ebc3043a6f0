package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The open order lines ("openstaande orderregels"): lines not yet fully delivered, across orders. */
@PrimaryPort
public interface ListOpenOrderLines {

    /**
     * One page of open lines, soonest expected first (then by order and line number), of the orders the actor
     * sees in the order overview.
     *
     * @throws InvalidCommand when the page is invalid
     * @throws NotPermitted   when the actor is not a user
     */
    Page<OpenOrderLine> list(Actor actor, PageRequest page);
}

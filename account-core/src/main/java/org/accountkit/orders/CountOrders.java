package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * How many orders a filter of the order overview matches. Separate from the pages on purpose: a page costs the
 * same at any depth, a count costs what the number of matching orders costs. Ask for it only when shown.
 */
@PrimaryPort
public interface CountOrders {

    /**
     * The number of orders {@link ListOrders} would show the actor for {@code filter}.
     *
     * @throws InvalidCommand when the filter is invalid
     * @throws NotPermitted   when the actor is not a user
     */
    long count(Actor actor, OrderFilter filter);
}

package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The details page of an order request ("Details"). */
@PrimaryPort
public interface ViewOrderRequest {

    /**
     * The request with its lines, decisions and, while it waits, who may decide. For its requester, the customer
     * number's approvers and their substitutes.
     *
     * @throws InvalidCommand when the order is not named
     * @throws NotFound       when it does not exist or the actor may not see it
     */
    OrderRequestView view(Actor actor, OrderRequestId order);
}

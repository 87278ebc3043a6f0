package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user's own order requests, e.g. "Mijn afgewezen bestellingen" with status {@code REJECTED}. */
@PrimaryPort
public interface ListMyOrderRequests {

    /**
     * One page of the actor's own order requests in the asked statuses, newest first.
     *
     * @throws InvalidCommand when the query is invalid
     * @throws NotPermitted   when the actor is not a known user
     */
    Page<OrderRequestView> list(Actor actor, OrderRequestQuery query);
}

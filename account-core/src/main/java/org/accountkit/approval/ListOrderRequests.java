package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The approvals section of a customer number: waiting, approved and rejected orders ("Goedkeuringen"). */
@PrimaryPort
public interface ListOrderRequests {

    /**
     * One page of the actor's customer number's order requests in the asked statuses, newest first. For approvers
     * and for whoever stands in for one.
     *
     * @throws InvalidCommand when the query is invalid
     * @throws NotPermitted   when the actor neither approves orders nor stands in for an approver
     */
    Page<OrderRequestView> list(Actor actor, OrderRequestQuery query);
}

package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An approver rejects a waiting order, with a reason. */
@PrimaryPort
public interface RejectOrder {

    /**
     * Rejects the order: its reservation is released, it shows under the requester's rejected orders with the
     * reason, and the requester is notified.
     *
     * @throws InvalidCommand          when the order or the reason is missing
     * @throws NotFound                when the order is not of the actor's customer number
     * @throws NotPermitted            when the actor may not approve, nor stands in for someone who may
     * @throws OwnOrderCannotBeDecided when it is the actor's own order
     * @throws DecisionAlreadyTaken    when someone else decided first, or it was withdrawn or expired
     */
    void reject(Actor actor, RejectOrderCommand command);
}

package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An approver, or an absent approver's substitute, approves a waiting order. */
@PrimaryPort
public interface ApproveOrder {

    /**
     * Records the approval ("by X on behalf of Y" for a substitute). With the last tier the order is placed: its
     * reservation turns into spent, it is handed to the host and the requester is notified.
     *
     * @throws InvalidCommand          when the order is not named
     * @throws NotFound                when the order is not of the actor's customer number
     * @throws NotPermitted            when the actor may not approve, nor stands in for someone who may
     * @throws OwnOrderCannotBeDecided when it is the actor's own order
     * @throws SecondApproverRequired  when the actor (or whom they stand in for) approved an earlier tier
     * @throws DecisionAlreadyTaken    when someone else decided first, or it was withdrawn or expired
     */
    ApprovalResult approve(Actor actor, ApproveOrderCommand command);
}

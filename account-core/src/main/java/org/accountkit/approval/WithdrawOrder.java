package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A requester takes back an order that still waits for approval. */
@PrimaryPort
public interface WithdrawOrder {

    /**
     * Withdraws the order and releases its reservation.
     *
     * @throws InvalidCommand       when the order is not named
     * @throws NotFound             when it is not the actor's own order
     * @throws DecisionAlreadyTaken when it no longer waits
     */
    void withdraw(Actor actor, WithdrawOrderCommand command);
}

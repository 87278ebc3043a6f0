package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Changes the address or the access instructions of active night delivery. */
@PrimaryPort
public interface ChangeNightDelivery {

    /**
     * Changes active night delivery. Needs {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted           when the actor lacks the right
     * @throws NotFound               when the address is not a saved address of the customer number
     * @throws NightDeliveryNotActive when night delivery is not active
     */
    void change(Actor actor, NightDeliveryCommand command);
}

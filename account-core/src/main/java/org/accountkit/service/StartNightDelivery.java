package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Night delivery: deliveries before 08:00 at a saved address (nachtbezorging). */
@PrimaryPort
public interface StartNightDelivery {

    /**
     * Starts night delivery at a saved address of the actor's customer number. Needs
     * {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted        when the actor lacks the right
     * @throws NotFound            when the address is not a saved address of the customer number
     * @throws NightDeliveryActive when night delivery is active already
     */
    void start(Actor actor, NightDeliveryCommand command);
}

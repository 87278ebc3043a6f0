package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The customer number's night delivery and its requests. */
@PrimaryPort
public interface ViewNightDelivery {

    /**
     * Whether night delivery is active, where, and its requests, newest first. For every user of the customer number.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor is not a user
     */
    NightDeliveryStatus view(Actor actor);
}

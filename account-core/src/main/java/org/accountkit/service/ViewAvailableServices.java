package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What the service page should offer this user. */
@PrimaryPort
public interface ViewAvailableServices {

    /**
     * Which services this user may use now: returns and service by right, stickers and crates only while night
     * delivery is active.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor is not a user
     */
    AvailableServices available(Actor actor);
}

package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** One service case. */
@PrimaryPort
public interface ViewServiceCase {

    /**
     * The case, for its requester and administrators; needs {@code REGISTER_RETURNS_AND_SERVICE}, which administrators
     * hold.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor is not a user, or lacks the right
     * @throws NotFound     when there is no such case the actor may see
     */
    ServiceCase view(Actor actor, String caseNumber);
}

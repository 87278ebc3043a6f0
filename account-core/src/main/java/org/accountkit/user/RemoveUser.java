package org.accountkit.user;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator takes a login away. */
@PrimaryPort
public interface RemoveUser {

    /**
     * Removes the user; they can no longer log in or act.
     *
     * @throws InvalidCommand         when the user is not named
     * @throws NotPermitted           when the actor is not an administrator
     * @throws NotFound               when the user is not in the actor's customer number
     * @throws LastAdministrator      when the user is the customer number's last administrator
     * @throws ConcurrentModification when someone changed the user or the administrators at the same moment
     */
    void remove(Actor actor, RemoveUserCommand command);
}

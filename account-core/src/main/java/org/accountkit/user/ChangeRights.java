package org.accountkit.user;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator sets what a user may do. */
@PrimaryPort
public interface ChangeRights {

    /**
     * Replaces the user's rights and records it in the audit trail.
     *
     * @throws InvalidCommand         when a field is invalid, or a plain user would get {@link Right#MANAGE_USERS}
     * @throws NotPermitted           when the actor is not an administrator
     * @throws NotFound               when the user is not in the actor's customer number
     * @throws ConcurrentModification when someone changed the user at the same moment
     */
    void change(Actor actor, ChangeRightsCommand command);
}

package org.accountkit.user;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator promotes a user or demotes an administrator. */
@PrimaryPort
public interface ChangeRole {

    /**
     * Changes the user's role and records it in the audit trail.
     *
     * @throws InvalidCommand         when a field is missing
     * @throws NotPermitted           when the actor is not an administrator
     * @throws NotFound               when the user is not in the actor's customer number
     * @throws LastAdministrator      when the last administrator would be demoted
     * @throws ConcurrentModification when someone changed the user or the administrators at the same moment
     */
    void change(Actor actor, ChangeRoleCommand command);
}

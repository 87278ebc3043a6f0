package org.accountkit.user;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator gives a colleague an own login in the customer number. */
@PrimaryPort
public interface AddUser {

    /**
     * Adds the user to the acting administrator's customer number and records it in the audit trail.
     *
     * @return the new user's identifier
     * @throws InvalidCommand    when a field is invalid, naming each
     * @throws NotPermitted      when the actor is not an administrator
     * @throws EmailAddressTaken when another user logs in with that address
     */
    UserId add(Actor actor, AddUserCommand command);
}

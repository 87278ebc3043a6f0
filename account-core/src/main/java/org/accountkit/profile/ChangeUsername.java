package org.accountkit.profile;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user changes the name shown in the account. */
@PrimaryPort
public interface ChangeUsername {

    /**
     * Changes the acting user's username and records it in the audit trail.
     *
     * @throws InvalidCommand         when the name is blank or too long
     * @throws NotPermitted           when the actor is not a known user
     * @throws ConcurrentModification when the user changed at the same moment
     */
    void change(Actor actor, ChangeUsernameCommand command);
}

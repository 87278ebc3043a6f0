package org.accountkit.profile;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user changes their password; only a one-way hash is stored. */
@PrimaryPort
public interface ChangePassword {

    /**
     * Changes the acting user's password and records that it changed (never the password) in the audit trail.
     *
     * @throws InvalidCommand           when the new password breaks the password policy or a field is missing
     * @throws CurrentPasswordIncorrect when the current password is wrong
     * @throws NotPermitted             when the actor is not a known user
     * @throws ConcurrentModification   when the user changed at the same moment
     */
    void change(Actor actor, ChangePasswordCommand command);
}

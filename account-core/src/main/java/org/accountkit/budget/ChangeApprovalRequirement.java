package org.accountkit.budget;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator marks a user's orders as always needing approval, or not. */
@PrimaryPort
public interface ChangeApprovalRequirement {

    /**
     * Changes the mark; recorded in the audit trail.
     *
     * @throws InvalidCommand         when the user is not named
     * @throws NotPermitted           when the actor is not an administrator
     * @throws NotFound               when the user is not in the actor's customer number
     * @throws ConcurrentModification when the settings changed at the same moment
     */
    void change(Actor actor, ChangeApprovalRequirementCommand command);
}

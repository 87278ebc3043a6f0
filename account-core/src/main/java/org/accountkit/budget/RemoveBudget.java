package org.accountkit.budget;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator takes a user's budget away; the user then orders without a limit. */
@PrimaryPort
public interface RemoveBudget {

    /**
     * Removes the budget; reservations of waiting orders stay until they are decided.
     *
     * @throws InvalidCommand         when the user is not named
     * @throws NotPermitted           when the actor is not an administrator
     * @throws NotFound               when the user is not in the actor's customer number
     * @throws ConcurrentModification when the settings changed at the same moment
     */
    void remove(Actor actor, RemoveBudgetCommand command);
}

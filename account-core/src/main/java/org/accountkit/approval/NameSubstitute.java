package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An approver who will be away names a substitute. */
@PrimaryPort
public interface NameSubstitute {

    /**
     * Names the substitute for the period, replacing an earlier substitution of the actor.
     *
     * @throws InvalidCommand when a field is missing, the period ends before it starts, the substitute is the actor,
     *                        or the delegation would loop back to the actor
     * @throws NotPermitted   when the actor does not approve orders
     * @throws NotFound       when the substitute is not a user of the actor's customer number
     */
    void name(Actor actor, NameSubstituteCommand command);
}

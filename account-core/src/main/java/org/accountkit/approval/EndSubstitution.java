package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An approver is back: the substitution ends. */
@PrimaryPort
public interface EndSubstitution {

    /**
     * Ends the actor's substitution, if any.
     *
     * @throws InvalidCommand when the actor is missing
     * @throws NotPermitted   when the actor is not a known user
     */
    void end(Actor actor);
}

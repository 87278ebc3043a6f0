package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user sends an article in for repair. */
@PrimaryPort
public interface RegisterRepair {

    /**
     * Registers a repair request and answers its case number. Needs {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor lacks the right
     */
    String register(Actor actor, RegisterRepairCommand command);
}

package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service moves a service case on. */
@PrimaryPort
public interface DecideServiceCase {

    /**
     * Moves the case to received, resolved or refused, as the state machine allows; a case decided once is not
     * decided again, also when two people decide at the same moment.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted         when the actor is not customer service
     * @throws NotFound             when there is no such case in that customer number
     * @throws TransitionNotAllowed when the case cannot move there from where it stands
     */
    void decide(Actor actor, DecideServiceCaseCommand command);
}

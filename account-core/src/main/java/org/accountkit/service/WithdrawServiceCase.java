package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user withdraws their own service case while it is registered. */
@PrimaryPort
public interface WithdrawServiceCase {

    /**
     * Withdraws the case.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted         when the actor is not a user
     * @throws NotFound             when there is no such case of this user
     * @throws TransitionNotAllowed when customer service received it already
     */
    void withdraw(Actor actor, String caseNumber);
}

package org.accountkit.budget;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator sets a user's budget ("budgetlimiet"). */
@PrimaryPort
public interface SetBudget {

    /**
     * Sets or changes the budget. Spent in the current period counts the user's orders already placed in it.
     *
     * @throws InvalidCommand         when a field is invalid, or the currency would change while orders hold
     *                                reservations in the old one
     * @throws NotPermitted           when the actor is not an administrator
     * @throws NotFound               when the user is not in the actor's customer number
     * @throws ConcurrentModification when the settings changed at the same moment
     */
    void set(Actor actor, SetBudgetCommand command);
}

package org.accountkit.budget;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Spent, reserved and remaining budget of a user: their own, or any of the customer number for administrators. */
@PrimaryPort
public interface ViewBudget {

    /**
     * The budget's state in the current period of the customer's calendar.
     *
     * @throws InvalidCommand when the user is not named
     * @throws NotPermitted   when a user who is not an administrator asks about someone else
     * @throws NotFound       when the user is not in the actor's customer number
     */
    BudgetStatus view(Actor actor, UserId user);
}

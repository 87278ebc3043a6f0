package org.accountkit.approval;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Before submitting, a user sees what would happen to the cart. */
@PrimaryPort
public interface ExplainOrder {

    /**
     * Whether the cart would wait for approval, which rules match, what is left of the budget and who could
     * approve; changes nothing.
     *
     * @throws InvalidCommand when a line is invalid or names an article the catalog does not offer
     * @throws NotPermitted   when the actor may not place orders
     */
    Explanation explain(Actor actor, SubmitOrderCommand command);
}

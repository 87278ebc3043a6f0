package org.accountkit.approval;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user submits a cart: it is placed at once, or waits for approval. */
@PrimaryPort
public interface SubmitOrder {

    /**
     * Prices the cart from the catalog and applies the approval rules: the order is placed (booked on the budget
     * and handed to the host) or it waits for approval (its amount reserved on the budget, the approvers
     * notified). Two orders submitted at once never both pass a budget that fits only one of them.
     *
     * @throws InvalidCommand         when a line is invalid or names an article the catalog does not offer
     * @throws NotPermitted           when the actor may not place orders
     * @throws ConcurrentModification when the budget settings kept changing while submitting
     */
    ApprovalOutcome submit(Actor actor, SubmitOrderCommand command);
}

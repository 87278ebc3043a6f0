package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: quantities of an order's lines were cancelled. */
@PrimaryPort
public interface CancelOrderLines {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused like a delivery ({@code NotFound}, {@link QuantityExceedsOpen}). A cancelled quantity of a webshop
     * order booked on the requester's budget credits that budget, while it still counts the period the order
     * was booked in; nothing is credited once that period is over.
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void cancel(Actor actor, CancelOrderLinesCommand command);
}

package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: an order placed in the webshop is confirmed under the ERP's order number. */
@PrimaryPort
public interface ConfirmOrder {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused with {@code NotFound} ("order") when the order request is unknown, of another customer number or
     * not placed (it waits, or was rejected, withdrawn or expired): the ERP may send it again once it is placed.
     * An order request is confirmed under one ERP order number only.
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void confirm(Actor actor, ConfirmOrderCommand command);
}

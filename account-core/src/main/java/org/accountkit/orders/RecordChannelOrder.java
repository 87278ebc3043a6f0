package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: an order taken by phone, at the counter or by EDI. */
@PrimaryPort
public interface RecordChannelOrder {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * The overview shows it to whoever sees all orders of the customer number; it has no requester.
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void record(Actor actor, RecordChannelOrderCommand command);
}

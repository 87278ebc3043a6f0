package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: quantities of an order's lines were delivered. */
@PrimaryPort
public interface RecordDelivery {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused with {@code NotFound} ("order") when the order is not known yet (the delivery came before the
     * order confirmation: send it again after it) or is another customer number's, and with
     * {@link QuantityExceedsOpen} when a line has less open than delivered; in both cases nothing is applied.
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void record(Actor actor, RecordDeliveryCommand command);
}

package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: (part of) an order was shipped with a carrier and a track and trace code. */
@PrimaryPort
public interface RecordShipment {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused with {@code NotFound} ("order") when the order is not known yet, and as invalid when a line is not
     * on the order or the carrier has no tracking link template.
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void record(Actor actor, RecordShipmentCommand command);
}

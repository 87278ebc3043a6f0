package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: an invoice was sent. */
@PrimaryPort
public interface RecordInvoice {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused as invalid when its amounts do not add up per VAT rate, mix currencies or its due date lies before
     * its date. Lines may name orders AccountKit does not know (an order from before AccountKit, for instance).
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void record(Actor actor, RecordInvoiceCommand command);
}

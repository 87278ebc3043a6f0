package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: an invoice was paid, in full or in part. */
@PrimaryPort
public interface RecordPayment {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused with {@code NotFound} ("invoice") when the invoice is not known yet (the payment came before the
     * invoice: send it again after it), and with {@link AmountExceedsOutstanding} when it is more than is
     * outstanding; nothing is applied then.
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void record(Actor actor, RecordPaymentCommand command);
}

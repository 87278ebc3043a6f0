package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** ERP feed: a credit note lowers what is outstanding on an invoice. */
@PrimaryPort
public interface RecordCreditNote {

    /**
     * Applies the message once: received again unchanged, it changes nothing and returns as the first time did.
     * Refused like a payment ({@code NotFound}, {@link AmountExceedsOutstanding}).
     *
     * @param actor the back office: {@link Actor#customerService} (the ERP integration acts as customer service)
     * @throws InvalidCommand    when the message is invalid; nothing is stored
     * @throws NotPermitted      when the actor is not customer service
     * @throws DocumentConflict  when another message was received under the same document number
     */
    void record(Actor actor, RecordCreditNoteCommand command);
}

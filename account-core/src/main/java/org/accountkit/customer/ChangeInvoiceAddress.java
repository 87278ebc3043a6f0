package org.accountkit.customer;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service changes a customer's invoice address; users ask customer service for it. */
@PrimaryPort
public interface ChangeInvoiceAddress {

    /**
     * Changes the invoice address and records it in the audit trail.
     *
     * @throws InvalidCommand         when a field is invalid, naming each
     * @throws NotPermitted           when the actor is not customer service
     * @throws NotFound               when the customer number is not registered
     * @throws ConcurrentModification when the account changed at the same moment
     */
    void change(Actor actor, ChangeInvoiceAddressCommand command);
}

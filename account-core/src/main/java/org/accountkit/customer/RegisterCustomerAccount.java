package org.accountkit.customer;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service opens a customer number with its first administrator and an empty address book. */
@PrimaryPort
public interface RegisterCustomerAccount {

    /**
     * Registers the customer number, its first administrator and an empty address book, all or nothing.
     *
     * @throws InvalidCommand      when a field is invalid, naming each
     * @throws NotPermitted        when the actor is not customer service
     * @throws CustomerNumberTaken when the number is registered already
     * @throws org.accountkit.user.EmailAddressTaken when the administrator's address is in use
     */
    RegisteredCustomer register(Actor actor, RegisterCustomerAccountCommand command);
}

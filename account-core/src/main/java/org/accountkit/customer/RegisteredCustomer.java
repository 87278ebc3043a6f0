package org.accountkit.customer;

import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;

/**
 * A newly registered customer number.
 *
 * @param customerNumber the customer number
 * @param administrator  its first administrator
 */
public record RegisteredCustomer(CustomerNumber customerNumber, UserId administrator) {

    /** The first administrator as the actor to pass to use cases. */
    public Actor.UserActor administratorActor() {
        return Actor.user(customerNumber, administrator);
    }
}

package org.accountkit.customer;

import org.accountkit.shared.UserId;

/**
 * A newly registered customer number.
 *
 * @param customerNumber the customer number
 * @param administrator  its first administrator
 */
public record RegisteredCustomer(CustomerNumber customerNumber, UserId administrator) {
}

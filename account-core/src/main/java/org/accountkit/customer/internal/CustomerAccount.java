package org.accountkit.customer.internal;

import java.time.ZoneId;
import java.util.Objects;

import org.accountkit.customer.CompanyProfile;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PostalAddress;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A customer number with its company profile, invoice address and time zone. The company's users, addresses and
 * orders refer to it by its {@link CustomerNumber}.
 *
 * <p>The account is also the consistency boundary for its roster of administrators: every change that could
 * leave it without an administrator saves the account too, so that two such changes at the same moment cannot
 * both succeed.
 */
public final class CustomerAccount implements AggregateRoot<CustomerAccount, CustomerNumber> {

    private CustomerAccountSnapshot state;

    private CustomerAccount(CustomerAccountSnapshot state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** A newly registered customer number, not yet stored. */
    public static CustomerAccount register(CustomerNumber number, CompanyProfile profile, PostalAddress invoiceAddress,
            ZoneId timeZone) {
        return new CustomerAccount(new CustomerAccountSnapshot(number, profile, invoiceAddress, timeZone, 0));
    }

    /** The account as it was stored. */
    public static CustomerAccount restore(CustomerAccountSnapshot stored) {
        return new CustomerAccount(stored);
    }

    /** Moves invoices to another address. Only customer service does this; the use case checks who acts. */
    public void changeInvoiceAddress(PostalAddress newAddress) {
        state = new CustomerAccountSnapshot(state.number(), state.profile(), Objects.requireNonNull(newAddress,
                "newAddress"), state.timeZone(), state.version());
    }

    /** The state to store. */
    public CustomerAccountSnapshot snapshot() {
        return state;
    }

    @Override
    public CustomerNumber getId() {
        return state.number();
    }

    /** The customer number. */
    public CustomerNumber number() {
        return state.number();
    }

    /** The company profile. */
    public CompanyProfile profile() {
        return state.profile();
    }

    /** Where invoices go. */
    public PostalAddress invoiceAddress() {
        return state.invoiceAddress();
    }

    /** The time zone whose calendar the customer's periods (budgets, for instance) follow. */
    public ZoneId timeZone() {
        return state.timeZone();
    }
}

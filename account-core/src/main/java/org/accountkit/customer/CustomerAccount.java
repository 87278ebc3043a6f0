package org.accountkit.customer;

import java.time.ZoneId;
import java.util.Objects;

import org.accountkit.shared.PostalAddress;
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

    private final CustomerNumber number;
    private final CompanyProfile profile;
    private PostalAddress invoiceAddress;
    private final ZoneId timeZone;
    private final long version;

    private CustomerAccount(CustomerNumber number, CompanyProfile profile, PostalAddress invoiceAddress,
            ZoneId timeZone, long version) {
        this.number = Objects.requireNonNull(number, "number");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.invoiceAddress = Objects.requireNonNull(invoiceAddress, "invoiceAddress");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.version = version;
    }

    /** A newly registered customer number, not yet stored. */
    public static CustomerAccount register(CustomerNumber number, CompanyProfile profile, PostalAddress invoiceAddress,
            ZoneId timeZone) {
        return new CustomerAccount(number, profile, invoiceAddress, timeZone, 0);
    }

    /** Rebuilds a stored account; for adapters. */
    public static CustomerAccount reconstitute(CustomerNumber number, CompanyProfile profile,
            PostalAddress invoiceAddress, ZoneId timeZone, long version) {
        return new CustomerAccount(number, profile, invoiceAddress, timeZone, version);
    }

    /** Moves invoices to another address. Only customer service does this; the use case checks who acts. */
    public void changeInvoiceAddress(PostalAddress newAddress) {
        this.invoiceAddress = Objects.requireNonNull(newAddress, "newAddress");
    }

    @Override
    public CustomerNumber getId() {
        return number;
    }

    /** The customer number. */
    public CustomerNumber number() {
        return number;
    }

    /** The company profile. */
    public CompanyProfile profile() {
        return profile;
    }

    /** Where invoices go. */
    public PostalAddress invoiceAddress() {
        return invoiceAddress;
    }

    /** The time zone whose calendar the customer's periods (budgets, for instance) follow. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** The stored version this instance was loaded at; 0 for a new account. */
    public long version() {
        return version;
    }
}

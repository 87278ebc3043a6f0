package org.accountkit.spi;

import java.time.ZoneId;
import java.util.Objects;

import org.accountkit.customer.CompanyProfile;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PostalAddress;

/**
 * A customer account as stored.
 *
 * @param number         the customer number
 * @param profile        the company profile
 * @param invoiceAddress where invoices go
 * @param timeZone       whose calendar the customer's periods follow
 * @param version        the stored version it was loaded at; 0 for a new account
 */
public record CustomerAccountSnapshot(CustomerNumber number, CompanyProfile profile, PostalAddress invoiceAddress,
        ZoneId timeZone, long version) {

    /** Refuses missing parts. */
    public CustomerAccountSnapshot {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(invoiceAddress, "invoiceAddress");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}

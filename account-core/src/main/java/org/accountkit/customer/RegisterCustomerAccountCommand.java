package org.accountkit.customer;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.AddressFields;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PlainText;
import org.accountkit.shared.StrongPassword;
import org.accountkit.shared.ValidEmailAddress;

/**
 * Registers a customer number with its company profile, invoice address and first administrator.
 *
 * @param customerNumber          the wholesaler's number for the company, 1 to 20 letters, digits or dashes
 * @param companyName             the company's name
 * @param chamberOfCommerceNumber the chamber of commerce registration number, 8 to 12 digits
 * @param vatNumber               the VAT identification number, e.g. {@code NL123456789B01}
 * @param invoiceAddress          where invoices go
 * @param timeZone                whose calendar the customer's periods follow, e.g. {@code Europe/Amsterdam}
 * @param administratorEmail      the first administrator's login address
 * @param administratorName       the first administrator's username
 * @param administratorPassword   the first administrator's password, following the password policy
 */
public record RegisterCustomerAccountCommand(
        @NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Size(max = 200) @PlainText String companyName,
        @NotBlank @Pattern(regexp = "^[0-9]{8,12}$") String chamberOfCommerceNumber,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}[A-Z0-9]{2,13}$") String vatNumber,
        @NotNull @Valid AddressFields invoiceAddress,
        @NotNull ZoneId timeZone,
        @NotBlank @ValidEmailAddress String administratorEmail,
        @NotBlank @Size(max = 100) @PlainText String administratorName,
        @NotNull @StrongPassword String administratorPassword) {

    /** Hides the password from logs. */
    @Override
    public String toString() {
        return "RegisterCustomerAccountCommand[customerNumber=" + customerNumber + ", companyName=" + companyName
                + ", administratorEmail=" + administratorEmail + "]";
    }
}

package org.accountkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.AddressFields;
import org.accountkit.shared.CustomerNumber;

/**
 * Moves a customer's invoices to another address.
 *
 * @param customerNumber the customer number
 * @param address        the new invoice address
 */
public record ChangeInvoiceAddressCommand(@NotNull CustomerNumber customerNumber,
        @NotNull @Valid AddressFields address) {
}

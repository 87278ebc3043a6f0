package org.accountkit.address;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.AddressFields;
import org.accountkit.shared.PlainText;

/**
 * Saves a delivery address.
 *
 * @param label   the customer's name for it, e.g. "Werkplaats Utrecht", at most 60 characters
 * @param address the postal address
 * @param primary whether it becomes the primary delivery address (the first address always does)
 */
public record AddAddressCommand(@NotBlank @Size(max = 60) @PlainText String label, @NotNull @Valid AddressFields address,
        boolean primary) {
}

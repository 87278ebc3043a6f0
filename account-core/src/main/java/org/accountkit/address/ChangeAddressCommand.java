package org.accountkit.address;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.AddressFields;
import org.accountkit.shared.PlainText;

/**
 * Changes a saved address.
 *
 * @param id      the address
 * @param label   its new label, at most 60 characters
 * @param address its new postal address
 */
public record ChangeAddressCommand(@NotNull AddressId id, @NotBlank @Size(max = 60) @PlainText String label,
        @NotNull @Valid AddressFields address) {
}

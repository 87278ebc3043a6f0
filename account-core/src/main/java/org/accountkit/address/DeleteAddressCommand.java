package org.accountkit.address;

import jakarta.validation.constraints.NotNull;

/**
 * Deletes a saved address.
 *
 * @param id the address
 */
public record DeleteAddressCommand(@NotNull AddressId id) {
}

package org.accountkit.address;

import jakarta.validation.constraints.NotNull;

/**
 * Chooses the primary delivery address.
 *
 * @param id the address that becomes primary
 */
public record SetPrimaryAddressCommand(@NotNull AddressId id) {
}

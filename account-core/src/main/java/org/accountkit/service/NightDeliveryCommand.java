package org.accountkit.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.address.AddressId;
import org.accountkit.shared.PlainText;

/**
 * Starts night delivery, or changes its address or access instructions.
 *
 * @param address            a saved delivery address of the customer number
 * @param accessInstructions how the driver gets in before 08:00, may be empty, at most 500 characters
 */
public record NightDeliveryCommand(@NotNull AddressId address,
        @NotNull @Size(max = 500) @PlainText(multiline = true) String accessInstructions) {
}

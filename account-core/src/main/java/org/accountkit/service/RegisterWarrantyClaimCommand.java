package org.accountkit.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.accountkit.orders.ErpDocument;
import org.accountkit.shared.PlainText;

/**
 * Claims warranty for a delivered article.
 *
 * @param erpOrderNumber the order it was delivered with, one the user sees in the order overview
 * @param lineNumber     the order line
 * @param serialNumber   its serial number, empty when it has none, at most 60 characters
 * @param problem        what is wrong, at most 2,000 characters, several lines allowed
 */
public record RegisterWarrantyClaimCommand(
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @Positive @Max(10_000) int lineNumber, @NotNull @Size(max = 60) @PlainText String serialNumber,
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String problem) {
}

package org.accountkit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.orders.ErpDocument;
import org.accountkit.shared.PlainText;

/**
 * Reports a problem with the delivery of an order the user sees in the order overview.
 *
 * @param erpOrderNumber the order
 * @param shipmentNumber the shipment it concerns, or empty
 * @param problem        what went wrong
 * @param description    the details, at most 2,000 characters, several lines allowed
 */
public record RegisterDeliveryProblemCommand(
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotNull @Pattern(regexp = "^$|" + ErpDocument.NUMBER_PATTERN) String shipmentNumber,
        @NotNull DeliveryProblemKind problem,
        @NotNull @Size(max = 2000) @PlainText(multiline = true) String description) {
}

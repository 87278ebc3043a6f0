package org.accountkit.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.shared.CustomerNumber;

/**
 * The ERP confirms an order placed in the webshop (directly or after approval) under its own order number.
 *
 * @param customerNumber     the customer number the order belongs to
 * @param erpOrderNumber     the ERP's order number, the document number of this message
 * @param orderRequest       the placed order, as {@code PlacedOrder.orderId()} handed it to the ERP
 * @param expectedDeliveries when each line is expected, one per line of the placed order
 */
public record ConfirmOrderCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotNull OrderRequestId orderRequest,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid ExpectedDelivery> expectedDeliveries) {
}

package org.accountkit.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;

/**
 * The ERP cancels quantities of lines of one order (a whole line or part of it). A cancelled quantity of a
 * webshop order that was booked on the requester's budget credits that budget, while the budget still counts the
 * period the order was booked in.
 *
 * @param customerNumber the customer number the order belongs to
 * @param cancellationNumber the cancellation's number, the document number of this message
 * @param erpOrderNumber the order
 * @param lines          the quantities cancelled per line, each line at most once
 */
public record CancelOrderLinesCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String cancellationNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineQuantity> lines) {
}

package org.accountkit.orders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.StorableMoment;

/**
 * The ERP reports a delivery: quantities delivered per line of one order.
 *
 * @param customerNumber the customer number the order belongs to
 * @param deliveryNumber the delivery note's number, the document number of this message
 * @param erpOrderNumber the order
 * @param deliveredOn    the day it was delivered
 * @param lines          the quantities delivered per line, each line at most once
 */
public record RecordDeliveryCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String deliveryNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotNull @StorableMoment LocalDate deliveredOn,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineQuantity> lines) {
}

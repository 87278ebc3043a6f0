package org.accountkit.orders;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PlainText;
import org.accountkit.shared.StorableMoment;

/**
 * The ERP reports a shipment of (part of) one order: the carrier, its track and trace code, and the lines and
 * quantities in it. The carrier must have a tracking link template ({@link TrackingLinks}).
 *
 * @param customerNumber the customer number the order belongs to
 * @param shipmentNumber the shipment's number, the document number of this message
 * @param erpOrderNumber the order
 * @param carrier        the carrier, e.g. {@code DHL}; compared regardless of case
 * @param trackingCode   the carrier's track and trace code: 1 to 60 letters, digits or dashes
 * @param shippedAt      when it left the warehouse
 * @param lines          the quantities per line in the shipment
 */
public record RecordShipmentCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String shipmentNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotBlank @Size(max = 20) @PlainText String carrier,
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,60}$") String trackingCode,
        @NotNull @StorableMoment Instant shippedAt,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineQuantity> lines) {
}

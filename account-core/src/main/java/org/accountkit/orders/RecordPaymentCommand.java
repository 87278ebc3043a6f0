package org.accountkit.orders;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.StorableMoment;
import org.accountkit.shared.ValidAmount;

/**
 * The ERP reports a payment of an invoice, in full or in part.
 *
 * @param customerNumber the invoiced customer number
 * @param paymentNumber the payment's number, the document number of this message
 * @param invoiceNumber  the invoice it settles (part of)
 * @param amount         the amount including VAT, in the invoice's currency, at most what is outstanding
 * @param date           its date
 */
public record RecordPaymentCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String paymentNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String invoiceNumber,
        @NotNull @ValidAmount(min = "0.01") Money amount, @NotNull @StorableMoment LocalDate date) {
}

package org.accountkit.orders;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.StorableMoment;

/**
 * The ERP reports an invoice. Its amounts must add up per VAT rate ({@link VatTotal}), all in one currency, and
 * its due date may not lie before its date; otherwise it is refused as a whole.
 *
 * @param customerNumber the invoiced customer number
 * @param invoiceNumber  the invoice's number, the document number of this message
 * @param invoiceDate    the invoice's date
 * @param dueDate        when it must be paid, on or after the invoice date
 * @param lines          its lines, 1 to 500
 * @param vat            its amounts per VAT rate, one per rate its lines use
 */
public record RecordInvoiceCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String invoiceNumber,
        @NotNull @StorableMoment LocalDate invoiceDate, @NotNull @StorableMoment LocalDate dueDate,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid InvoiceLine> lines,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid VatTotal> vat) {
}

package org.accountkit.orders;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.Money;
import org.accountkit.shared.PlainText;
import org.accountkit.shared.ValidAmount;

/**
 * A line of an invoice.
 *
 * @param erpOrderNumber the order it invoices, or empty for a line without order (a fee, for instance)
 * @param description    what it is for, may be empty
 * @param netAmount      the amount excluding VAT
 * @param vatRate        the VAT rate in percent, 0 to 100, at most two decimals
 */
public record InvoiceLine(@NotNull @Pattern(regexp = "^$|" + ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotNull @Size(max = 200) @PlainText String description, @NotNull @ValidAmount Money netAmount,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate) {

    /** Keeps the VAT rate with two decimals, as every store keeps it. */
    public InvoiceLine {
        vatRate = vatRate == null ? null : vatRate.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

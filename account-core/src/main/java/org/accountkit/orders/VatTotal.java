package org.accountkit.orders;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.Money;
import org.accountkit.shared.ValidAmount;

/**
 * An invoice's amounts at one VAT rate, as the ERP worked them out (VAT is rounded per rate, so it is taken as
 * sent, not recomputed). They must add up: {@code net} is the sum of the invoice's lines at this rate, and
 * {@code gross} is {@code net} plus {@code vat}.
 *
 * @param vatRate the VAT rate in percent
 * @param net     the amount excluding VAT at this rate
 * @param vat     the VAT at this rate
 * @param gross   the amount including VAT at this rate
 */
public record VatTotal(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate,
        @NotNull @ValidAmount Money net, @NotNull @ValidAmount Money vat, @NotNull @ValidAmount Money gross) {

    /** Keeps the VAT rate with two decimals, as every store keeps it. */
    public VatTotal {
        vatRate = vatRate == null ? null : vatRate.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
